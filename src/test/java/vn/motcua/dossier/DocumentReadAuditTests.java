package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.motcua.audit.AuditEntry;
import vn.motcua.audit.AuditFilter;
import vn.motcua.audit.AuditScope;
import vn.motcua.audit.AuditTrail;
import vn.motcua.identity.AccountManagement;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.WebTest;

/**
 * Every read of an applicant's file by an officer, from the desk, the officers' page or their API, is one
 * entry of the audit trail naming the reader and the document (never the uploaded file's name), which the
 * administrators find by the dossier and the action; a refused or missing read leaves none.
 */
@WebTest
class DocumentReadAuditTests {

	private static final String READ = "dossier.document.read";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DossierIntake intake;

	@Autowired
	AccountManagement accounts;

	@Autowired
	AuditTrail audit;

	/** The desk, the holder on the dossier's page and the holder through the API: each file served, one entry. */
	@ParameterizedTest
	@CsvSource({ "desk, /desk/dossiers/{code}/documents/1, 1", "unithead, /work/dossiers/{code}/documents/1, 1",
			"unithead, /api/v1/work/dossiers/{code}/documents/0, 0" })
	void eachReadIsOneEntryNamingTheReaderAndTheDocument(String reader, String path, int position) {
		String code = atUnitHead();

		assertThat(get(reader, path, code)).hasStatusOk();

		List<AuditEntry> reads = reads(code);
		assertThat(reads).hasSize(1);
		assertThat(reads.get(0).actor()).isEqualTo(reader);
		assertThat(reads.get(0).summary()).startsWith("Document " + position + " (")
			.endsWith(") of dossier " + code + " read")
			.as("the applicant's file name may hold their name").doesNotContain(".png", ".pdf");
	}

	@Test
	void theAdministratorsFindTheReadByTheDossierAndTheAction() {
		String code = atUnitHead();

		assertThat(get("unithead", "/work/dossiers/{code}/documents/1", code)).hasStatusOk();

		assertThat(mvc.get().uri("/admin/audit").param("recordType", "Dossier").param("recordId", code)
			.param("action", READ).with(httpBasic("admin", DemoAccounts.PASSWORD)))
			.hasStatusOk().bodyText().contains("Các mục nhật ký (1)", ">unithead<", READ,
					"Document 1 (", ") of dossier " + code + " read");
	}

	@Test
	void aRefusedOrMissingReadLeavesNoEntry() {
		String code = atUnitHead();

		assertThat(get("specialist", "/work/dossiers/{code}/documents/1", code)).hasStatus(403);
		assertThat(get("specialist", "/api/v1/work/dossiers/{code}/documents/1", code)).hasStatus(403);
		assertThat(get(DemoAccounts.OTHER_CITIZEN, "/desk/dossiers/{code}/documents/1", code)).hasStatus(403);
		assertThat(get("unithead", "/api/v1/work/dossiers/{code}/documents/99", code)).hasStatus(404);

		assertThat(reads(code)).isEmpty();
	}

	private List<AuditEntry> reads(String code) {
		return audit.entries(new AuditFilter("Dossier", code, null, READ, null, null),
				AuditScope.wholeTrail(), 0, 50).content();
	}

	private MvcTestResult get(String user, String path, String code) {
		return mvc.get().uri(path, code).with(httpBasic(user, DemoAccounts.PASSWORD)).exchange();
	}

	private String atUnitHead() {
		return DossiersAtUnitHead.aDossierAtTheUnitHead(mvc, intake, accounts);
	}
}
