package vn.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.VietnamTime;
import vn.motcua.testing.TestFiles;
import vn.motcua.testing.WebTest;

/** The import of an export recreates an identical catalogue; importing again changes nothing. */
@WebTest
class CatalogTransferTests {

	private static final String HOME_AGENCY = "000.00.31.H55";

	@Autowired
	CatalogManagement catalog;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Test
	void importingAnExportIntoAnEmptyCatalogueRecreatesItIdentically() {
		aProcedureWithAFormTemplateAndADraft();
		CatalogDocument exported = catalog.exportCatalog();
		String before = json.writeValueAsString(exported);

		jdbc.sql("DELETE FROM procedure_version").update();
		jdbc.sql("DELETE FROM sector").update();
		assertThat(catalog.isEmpty()).isTrue();
		int imported = catalog.importCatalog(json.readValue(before, CatalogDocument.class));

		assertThat(imported).isEqualTo(exported.versions().size());
		assertThat(json.writeValueAsString(catalog.exportCatalog())).isEqualTo(before);
		assertThat(catalog.importCatalog(exported)).isZero();
	}

	@Test
	void anImportThatWouldChangeAnAnnouncedVersionIsRefusedWhole() {
		CatalogDocument exported = catalog.exportCatalog();
		List<ProcedureVersion> versions = new ArrayList<>(exported.versions());
		ProcedureVersion announced = versions.stream().filter(version -> !version.isDraft()).findFirst().orElseThrow();
		versions.set(versions.indexOf(announced), new ProcedureVersion(announced.id(), announced.procedureCode(),
				announced.number(), announced.status(), announced.kind(), announced.decision(),
				announced.effectiveFrom(), CatalogFixtures.renamed(announced.content(), "Tên bị sửa lén")));
		CatalogDocument tampered = new CatalogDocument(exported.format(), exported.formatVersion(), exported.sectors(),
				versions, exported.files());

		assertThatThrownBy(() -> catalog.importCatalog(tampered)).isInstanceOf(InvalidRequestException.class)
			.extracting(e -> ((InvalidRequestException) e).messageKey()).isEqualTo("catalog.import.conflict");
		assertThat(catalog.version(announced.id()).content().name()).isEqualTo(announced.content().name());
	}

	@Test
	void anImportNamingAnAgencyInLowerCaseKeepsTheAgencysCodeAndImportsAgainUnchanged() {
		CatalogDocument exported = catalog.exportCatalog();
		ProcedureVersion announced = exported.versions().stream().filter(version -> !version.isDraft()
				&& version.content().agencyCode().equals(HOME_AGENCY)).findFirst().orElseThrow();
		ProcedureVersion lowerCase = new ProcedureVersion(UUID.randomUUID(), CatalogFixtures.uniqueCode(), 1,
				announced.status(), announced.kind(), announced.decision(), announced.effectiveFrom(),
				announced.content().withAgencyCode(HOME_AGENCY.toLowerCase(Locale.ROOT)));
		CatalogDocument document = new CatalogDocument(exported.format(), exported.formatVersion(), exported.sectors(),
				List.of(lowerCase), List.of());

		assertThat(catalog.importCatalog(document)).isOne();

		assertThat(catalog.version(lowerCase.id()).content().agencyCode()).isEqualTo(HOME_AGENCY);
		assertThat(jdbc.sql("SELECT agency_code FROM procedure_version WHERE id = ?").param(lowerCase.id())
			.query(String.class).single()).isEqualTo(HOME_AGENCY);
		assertThat(catalog.importCatalog(document)).isZero();
	}

	private void aProcedureWithAFormTemplateAndADraft() {
		String code = CatalogFixtures.uniqueCode();
		LocalDate today = LocalDate.now(VietnamTime.ZONE);
		ProcedureVersion draft = catalog.createDraft(code, CatalogFixtures.aCompleteProcedure("Thủ tục chuyển " + code));
		catalog.attachFormTemplate(draft.id(), 0, "mau.docx", TestFiles.docx("Mẫu " + code));
		catalog.announce(draft.id(), ChangeKind.ANNOUNCE, new Decision("1/QĐ-T", today, "Chủ tịch"), today);
		catalog.startDraft(code);
	}
}
