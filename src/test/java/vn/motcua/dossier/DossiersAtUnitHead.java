package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.UUID;

import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.motcua.identity.AccountManagement;
import vn.motcua.testing.DemoAccounts;

/** Dossiers in the demo unit head's hands, as the officers' pages and API tests start from them. */
final class DossiersAtUnitHead {

	private DossiersAtUnitHead() {
	}

	/** A dossier received online from the demo citizen, accepted and forwarded by the desk to the unit head's step. */
	static String aDossierAtTheUnitHead(MockMvcTester mvc, DossierIntake intake, AccountManagement accounts) {
		return aDossierAtTheUnitHead(mvc, intake, accounts, SubmissionFiles.ONLINE_PROCEDURE);
	}

	/** The same, of a procedure whose documents are those of the online procedure. */
	static String aDossierAtTheUnitHead(MockMvcTester mvc, DossierIntake intake, AccountManagement accounts,
			String procedureCode) {
		String code = aDossierSubmittedOnline(intake, accounts, procedureCode);
		assertThat(mvc.post().uri("/api/v1/desk/dossiers/{code}/acceptance", code)
			.with(httpBasic("desk", DemoAccounts.PASSWORD))).hasStatusOk();
		assertThat(mvc.post().uri("/work/dossiers/{code}/forward", code).with(httpBasic("desk", DemoAccounts.PASSWORD))
			.with(csrf())).hasStatus3xxRedirection();
		return code;
	}

	/** A dossier of the procedure received online from the demo citizen, waiting for the desk's decision. */
	static String aDossierSubmittedOnline(DossierIntake intake, AccountManagement accounts, String procedureCode) {
		UUID citizen = accounts.findByUsername(DemoAccounts.CITIZEN).orElseThrow().id();
		return intake.submitOnline(citizen, new OnlineSubmission(procedureCode, "Quảng Ngãi", ResultDelivery.AT_DESK,
				null, null, SubmissionFiles.allFour())).code();
	}
}
