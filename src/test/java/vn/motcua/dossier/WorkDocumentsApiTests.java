package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.Role;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.OfficerPages;
import vn.motcua.testing.WebTest;

/**
 * The officers' API reads the applicant's documents as the dossier's page does: the list and each file
 * for the officers who have the dossier in hand, nothing kept, 403 for everyone else.
 */
@WebTest
class WorkDocumentsApiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DossierIntake intake;

	@Autowired
	AccountManagement accounts;

	@Autowired
	OrganizationManagement organization;

	@Test
	void theHolderListsTheDocumentsAndReadsEachFileAsUploaded() {
		String code = atUnitHead();

		assertThat(get("unithead", "/api/v1/work/dossiers/{code}/documents", code)).hasStatusOk()
			.hasHeader("Cache-Control", "no-store").bodyJson().satisfies(json -> {
				assertThat(json).extractingPath("$.length()").isEqualTo(4);
				assertThat(json).extractingPath("$[1].position").isEqualTo(1);
				assertThat(json).extractingPath("$[1].fileName").isEqualTo("cccd.png");
				assertThat(json).extractingPath("$[1].contentType").isEqualTo("image/png");
				assertThat(json).extractingPath("$[1].fileSize").isEqualTo(SubmissionFiles.png().length);
				assertThat(json).extractingPath("$[1].fileSha256").asString().hasSize(64);
			});
		MvcTestResult file = get("unithead", "/api/v1/work/dossiers/{code}/documents/1", code);
		assertThat(file).hasStatusOk().hasHeader("Cache-Control", "no-store").hasContentType("image/png");
		assertThat(file.getResponse().getContentAsByteArray()).isEqualTo(SubmissionFiles.png());
		assertThat(get("unithead", "/api/v1/work/dossiers/{code}/documents/0", code)).hasStatusOk()
			.hasContentType("application/pdf");
	}

	@Test
	void officersWithoutTheDossierInHandAndCitizensAreRefused() {
		String code = atUnitHead();
		String otherAgencysHead = unitHeadOfAnotherAgency();

		for (String path : new String[] { "/api/v1/work/dossiers/{code}/documents",
				"/api/v1/work/dossiers/{code}/documents/0" }) {
			assertThat(get("specialist", path, code)).as("not at the specialist's step").hasStatus(403);
			assertThat(get(otherAgencysHead, path, code)).as("a unit head of another agency").hasStatus(403);
			assertThat(get(DemoAccounts.CITIZEN, path, code)).as("not an officer's API").hasStatus(403);
		}
	}

	@Test
	void anUnknownDocumentIsAProblem() {
		String code = atUnitHead();

		for (int position : new int[] { 99, -1 }) {
			assertThat(get("unithead", "/api/v1/work/dossiers/{code}/documents/" + position, code)).hasStatus(404)
				.hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson().extractingPath("$.detail")
				.isEqualTo("Không tìm thấy giấy tờ này trong hồ sơ.");
		}
	}

	private MvcTestResult get(String user, String path, String code) {
		return mvc.get().uri(path, code).with(httpBasic(user, DemoAccounts.PASSWORD)).exchange();
	}

	private String unitHeadOfAnotherAgency() {
		return OfficerPages.officerOfAnotherAgency(organization, Role.UNIT_HEAD);
	}

	private String atUnitHead() {
		return DossiersAtUnitHead.aDossierAtTheUnitHead(mvc, intake, accounts);
	}
}
