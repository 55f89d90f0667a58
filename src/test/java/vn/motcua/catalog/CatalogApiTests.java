package vn.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.motcua.testing.WebTest;

/** The catalogue's API: public reads, ranked search, problems named in the caller's language, admin-only transfer. */
@WebTest
class CatalogApiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CatalogManagement catalog;

	@Autowired
	JsonMapper json;

	@Test
	void listsSectorsAndRankedProceduresInForce() {
		assertThat(mvc.get().uri("/api/v1/sectors")).hasStatusOk().bodyJson().extractingPath("$.length()")
			.asNumber().satisfies(count -> assertThat(count.intValue()).isGreaterThanOrEqualTo(10));
		assertThat(mvc.get().uri("/api/v1/procedures").param("query", "BAN LE LPG CHAI").param("size", "3"))
			.hasStatusOk().bodyJson().extractingPath("$.items[0].name").asString().contains("bán lẻ LPG chai");
		assertThat(mvc.get().uri("/api/v1/procedures").param("sector", "RUOU")).hasStatusOk().bodyJson()
			.extractingPath("$.items[*].sectorCode").asArray().containsOnly("RUOU");
	}

	@Test
	void aProcedureComesWithItsDocumentsFeesAndSteps() {
		String code = catalog.procedures("vat lieu no", null, 0, 1).items().get(0).code();
		var body = assertThat(mvc.get().uri("/api/v1/procedures/{code}", code)).hasStatusOk().bodyJson();
		body.extractingPath("$.procedureCode").isEqualTo(code);
		body.extractingPath("$.content.documents").asArray().isNotEmpty();
		body.extractingPath("$.content.fees").asArray().isNotEmpty();
		body.extractingPath("$.content.steps").asArray().isNotEmpty();
		assertThat(mvc.get().uri("/api/v1/procedures/{code}/versions", code)).hasStatusOk().bodyJson()
			.extractingPath("$[0].decision.number").isNotNull();
	}

	@Test
	void badQueryParametersAnswer400WithAClearMessage() {
		assertThat(mvc.get().uri("/api/v1/procedures").param("sector", "NO_SUCH")).hasStatus(400).bodyJson()
			.extractingPath("$.detail").isEqualTo("Lĩnh vực \"NO_SUCH\" không có trong danh mục.");
		assertThat(mvc.get().uri("/api/v1/procedures").param("size", "0").param("lang", "en"))
			.hasStatus(400).bodyJson().extractingPath("$.detail").asString().contains("page size");
		assertThat(mvc.get().uri("/api/v1/procedures").param("page", "abc")).hasStatus(400);
		assertThat(mvc.get().uri("/api/v1/procedures").param("page", "2000000000").param("size", "200"))
			.hasStatusOk().bodyJson().extractingPath("$.items").asArray().isEmpty();
		assertThat(mvc.get().uri("/api/v1/procedures/{code}", "0.000000.NONE")).hasStatus(404);
	}

	@Test
	void exportAndImportAreTheAdministratorsOnly() {
		assertThat(mvc.get().uri("/api/v1/catalog/export")).hasStatus(401);
		assertThat(mvc.get().uri("/api/v1/catalog/export").with(httpBasic("specialist", "Demo@12345"))).hasStatus(403);
		assertThat(mvc.post().uri("/api/v1/catalog/import").contentType(MediaType.APPLICATION_JSON).content("{}")
			.with(httpBasic("desk", "Demo@12345"))).hasStatus(403);
	}

	@Test
	void anImportWithANegativeFeeAnEmptyNameOrAnUnknownSectorIsRefusedAndStoresNothing() throws Exception {
		assertRefused(version -> fee(version).put("amount", -1), "Khoản phí, lệ phí thứ 1 không được âm.");
		assertRefused(version -> content(version).put("name", ""), "Tên thủ tục không được để trống.");
		assertRefused(version -> content(version).put("sectorCode", "NO_SUCH"),
				"Lĩnh vực \"NO_SUCH\" không có trong danh mục.");
		assertRefused(version -> ((ObjectNode) content(version).get("processingTime")).put("amount", 0),
				"Thời hạn giải quyết phải lớn hơn 0.");
	}

	@Test
	void anImportWithANegativeProcessingTimeIsRefusedByTheTimesOwnRule() throws Exception {
		ObjectNode document = json.valueToTree(catalog.exportCatalog());
		ObjectNode version = (ObjectNode) document.withArray("versions").get(0).deepCopy();
		version.put("id", java.util.UUID.randomUUID().toString()).put("procedureCode", "9.999999.000.00.00.H55");
		((ObjectNode) content(version).get("processingTime")).put("amount", -2);
		document.putArray("versions").add(version);
		document.putArray("files");
		assertThat(importing(json.writeValueAsString(document))).hasStatus(400).bodyJson()
			.extractingPath("$.detail").isEqualTo("Thời hạn không được là số âm.");
		assertThat(catalog.hasAnnouncedVersion("9.999999.000.00.00.H55")).isFalse();
	}

	@Test
	void anImportMissingRequiredFieldsOrOfAnotherFormatIsRefused() {
		assertThat(importing("{\"format\":\"motcua-catalog\",\"formatVersion\":1,\"sectors\":[],\"versions\":[{}],"
				+ "\"files\":[]}")).hasStatus(400);
		assertThat(importing("{\"format\":\"other\",\"formatVersion\":1,\"sectors\":[],\"versions\":[],\"files\":[]}"))
			.hasStatus(400).bodyJson().extractingPath("$.detail").asString().contains("motcua-catalog");
		assertThat(importing("not json")).hasStatus(400);
	}

	/** An export of one new version, spoiled as the test says, must be refused with the message and write nothing. */
	private void assertRefused(java.util.function.Consumer<ObjectNode> spoil, String message) throws Exception {
		String code = CatalogFixtures.uniqueCode();
		ObjectNode document = json.valueToTree(catalog.exportCatalog());
		ObjectNode version = (ObjectNode) document.withArray("versions").get(0).deepCopy();
		version.put("id", java.util.UUID.randomUUID().toString()).put("procedureCode", code);
		spoil.accept(version);
		document.putArray("versions").add(version);
		document.putArray("files");
		assertThat(importing(json.writeValueAsString(document))).hasStatus(400).bodyJson()
			.extractingPath("$.problems").asArray().contains(message);
		assertThat(catalog.hasAnnouncedVersion(code)).isFalse();
	}

	private MockMvcTester.MockMvcRequestBuilder importing(String body) {
		return mvc.post().uri("/api/v1/catalog/import").contentType(MediaType.APPLICATION_JSON).content(body)
			.with(httpBasic("admin", "Demo@12345"));
	}

	private static ObjectNode content(ObjectNode version) {
		return (ObjectNode) version.get("content");
	}

	private static ObjectNode fee(ObjectNode version) {
		var fees = content(version).withArray("fees");
		if (fees.isEmpty()) {
			fees.addObject().put("name", "Lệ phí").put("amount", 0);
		}
		return (ObjectNode) fees.get(0);
	}
}
