package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.motcua.audit.AuditEntry;
import vn.motcua.audit.AuditFilter;
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

	@Test
	void theDesksReadIsOneEntry() {
		String code = atUnitHead();

		assertThat(get("desk", "/desk/dossiers/{code}/documents/1", code)).hasStatusOk();

		assertOneRead(code, "desk", 1);
	}

	@Test
	void theHoldersReadOnTheWorkPageIsOneEntryShownToTheAdministrators() {
		String code = atUnitHead();

		assertThat(get("unithead", "/work/dossiers/{code}/documents/1", code)).hasStatusOk();

		assertOneRead(code, "unithead", 1);
		assertThat(mvc.get().uri("/admin/audit").param("recordType", "Dossier").param("recordId", code)
			.param("action", READ).with(httpBasic("admin", DemoAccounts.PASSWORD)))
			.hasStatusOk().bodyText().contains("Các mục nhật ký (1)", ">unithead<", READ,
					"Document 1 (", ") of dossier " + code + " read");
	}

	@Test
	void theApisReadIsOneEntry() {
		String code = atUnitHead();

		assertThat(get("unithead", "/api/v1/work/dossiers/{code}/documents/0", code)).hasStatusOk();

		assertOneRead(code, "unithead", 0);
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

	private void assertOneRead(String code, String reader, int position) {
		List<AuditEntry> reads = reads(code);
		assertThat(reads).hasSize(1);
		AuditEntry read = reads.get(0);
		assertThat(read.actor()).isEqualTo(reader);
		assertThat(read.summary()).startsWith("Document " + position + " (").endsWith(") of dossier " + code + " read")
			.as("the applicant's file name may hold their name").doesNotContain(".png", ".pdf");
	}

	private List<AuditEntry> reads(String code) {
		return audit.entries(new AuditFilter("Dossier", code, null, READ, null, null), 0, 50).content();
	}

	private MvcTestResult get(String user, String path, String code) {
		return mvc.get().uri(path, code).with(httpBasic(user, DemoAccounts.PASSWORD)).exchange();
	}

	private String atUnitHead() {
		return DossiersAtUnitHead.aDossierAtTheUnitHead(mvc, intake, accounts);
	}
}
