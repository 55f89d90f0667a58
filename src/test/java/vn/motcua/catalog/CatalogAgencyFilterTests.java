package vn.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.VietnamTime;
import vn.motcua.testing.AnotherAgency;
import vn.motcua.testing.WebTest;

/**
 * The public catalogue is the province's, every agency's procedures, unless one agency is chosen (decision
 * 0046): on the search page from a select that works without JavaScript and that the sector links and
 * the pages keep, in the API by an {@code agency} parameter in any letter case; an unknown agency is
 * refused in the caller's language.
 */
@WebTest
class CatalogAgencyFilterTests {

	private static final String HOME = "000.00.31.H55";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CatalogManagement catalog;

	@Autowired
	OrganizationManagement organization;

	private AnotherAgency other;
	private String homeProcedure;
	private String ownProcedure;
	/** A word of both procedures' names and of no other procedure's: what the tests search for. */
	private String words;

	@BeforeEach
	void aProcedureOfEachAgencyOfTheSameName() {
		other = AnotherAgency.create(organization);
		words = "loc" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
		homeProcedure = announced(HOME);
		ownProcedure = announced(other.agency().code());
	}

	@Test
	void theApiListsEveryAgencysProceduresOrOneAgencysInAnyCase() {
		assertThat(mvc.get().uri("/api/v1/procedures").param("query", words)).hasStatusOk().bodyJson()
			.extractingPath("$.items[*].code").asArray().contains(homeProcedure, ownProcedure);
		for (String typed : new String[] { other.agency().code(), other.agency().code().toLowerCase(Locale.ROOT) }) {
			assertThat(mvc.get().uri("/api/v1/procedures").param("query", words).param("agency", typed)).hasStatusOk()
				.bodyJson().extractingPath("$.items[*].code").asArray().containsExactly(ownProcedure);
		}
		assertThat(mvc.get().uri("/api/v1/procedures").param("agency", HOME).param("size", "200")).hasStatusOk()
			.bodyJson().extractingPath("$.items[*].code").asArray().contains(homeProcedure).doesNotContain(ownProcedure);
		assertThat(mvc.get().uri("/api/v1/procedures").param("query", words).param("agency", " ")).hasStatusOk()
			.bodyJson().extractingPath("$.total").isEqualTo(2);
	}

	@Test
	void anUnknownAgencyIsRefusedInTheCallersLanguage() {
		assertThat(mvc.get().uri("/api/v1/procedures").param("agency", "000.00.99.NONE")).hasStatus(400).bodyJson()
			.extractingPath("$.detail").isEqualTo("Không có cơ quan có mã \"000.00.99.NONE\".");
		assertThat(mvc.get().uri("/api/v1/procedures").param("agency", "000.00.99.NONE").param("lang", "en"))
			.hasStatus(400).bodyJson().extractingPath("$.detail")
			.isEqualTo("There is no agency with the code \"000.00.99.NONE\".");
		assertThat(mvc.get().uri("/procedures").param("agency", "000.00.99.NONE")).hasStatus(400).bodyText()
			.contains("Không có cơ quan có mã");
	}

	@Test
	void theSearchPageOffersTheAgenciesAndKeepsTheChosenOne() {
		assertThat(mvc.get().uri("/procedures").param("q", words)).hasStatusOk().bodyText()
			.contains("<label for=\"agency\">Cơ quan giải quyết</label>", "<select id=\"agency\" name=\"agency\">",
					"<option value=\"\">Tất cả cơ quan</option>", "value=\"" + other.agency().code() + "\"",
					"/procedures/" + homeProcedure + "\"", "/procedures/" + ownProcedure + "\"");

		assertThat(mvc.get().uri("/procedures").param("q", words).param("agency", other.agency().code().toLowerCase(Locale.ROOT)))
			.hasStatusOk().bodyText()
			.contains("value=\"" + other.agency().code() + "\" selected=\"selected\"", "/procedures/" + ownProcedure + "\"",
					"agency=" + other.agency().code())
			.doesNotContain("/procedures/" + homeProcedure + "\"");
	}

	@Test
	void theOpenApiDescribesTheAgencyParameter() {
		assertThat(mvc.get().uri("/v3/api-docs")).hasStatusOk().bodyJson()
			.extractingPath("$.paths['/api/v1/procedures'].get.parameters[?(@.name == 'agency')].description")
			.asArray().singleElement().asString().contains("agency that handles the procedures");
	}

	private String announced(String agencyCode) {
		String code = CatalogFixtures.uniqueCode();
		ProcedureVersion draft = catalog.createDraft(code,
				CatalogFixtures.ofAgency(CatalogFixtures.aCompleteProcedure("Thủ tục lọc theo cơ quan " + words), agencyCode));
		LocalDate today = LocalDate.now(VietnamTime.ZONE);
		catalog.announce(draft.id(), ChangeKind.ANNOUNCE, new Decision("1/QĐ-TEST", today, "Chủ tịch"), today);
		return code;
	}
}
