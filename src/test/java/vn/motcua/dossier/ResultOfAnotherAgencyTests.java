package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.catalog.CatalogManagement;
import vn.motcua.catalog.ChangeKind;
import vn.motcua.catalog.Decision;
import vn.motcua.catalog.ProcedureContent;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.catalog.ProcessStep;
import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.Role;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.VietnamTime;
import vn.motcua.testing.AnotherAgency;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.ProcedureContents;
import vn.motcua.testing.TestFiles;
import vn.motcua.testing.WebTest;

/**
 * A result is the deciding agency's document: a dossier of another agency of the province, taken
 * through its own officers' steps, carries that agency's signature, not the home agency's, and its
 * code still verifies it.
 */
@WebTest
class ResultOfAnotherAgencyTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DossierIntake intake;

	@Autowired
	AccountManagement accounts;

	@Autowired
	CatalogManagement catalog;

	@Autowired
	OrganizationManagement organization;

	@Test
	void theResultIsSignedWithTheDecidingAgencysCertificate() {
		AnotherAgency construction = AnotherAgency.create(organization);
		String desk = construction.officer(Role.RECEPTION_OFFICER);
		String head = construction.officer(Role.UNIT_HEAD);
		String specialist = construction.officer(Role.SPECIALIST);
		String leader = construction.officer(Role.AGENCY_LEADER);
		String records = construction.officer(Role.RECORDS_OFFICER);
		String procedure = aProcedureOf(construction.agency().code());

		String code = intake.submitOnline(accounts.findByUsername(DemoAccounts.CITIZEN).orElseThrow().id(),
				new OnlineSubmission(procedure, "Quảng Ngãi", ResultDelivery.ONLINE, null, null,
						List.of(new UploadedFile(0, "don.pdf", SubmissionFiles.pdf())))).code();
		assertThat(mvc.post().uri("/api/v1/desk/dossiers/{code}/acceptance", code).with(as(desk))).hasStatusOk();
		forward(desk, code);
		forward(head, code);
		assertThat(mvc.post().uri("/api/v1/work/dossiers/{code}/result", code).multipart()
			.file(new MockMultipartFile("file", "ket-qua.pdf", "application/pdf", TestFiles.onePagePdf()))
			.with(as(specialist))).hasStatusOk();
		forward(specialist, code);
		forward(head, code);
		assertThat(mvc.post().uri("/api/v1/work/dossiers/{code}/signature", code).with(as(leader))).hasStatusOk();
		forward(leader, code);
		forward(records, code);

		assertThat(mvc.post().uri("/api/v1/verifications").param("code", code)).as("its code verifies it")
			.hasStatusOk().bodyJson().satisfies(json -> {
				assertThat(json).extractingPath("$.intact").isEqualTo(true);
				assertThat(json).extractingPath("$.signatures[0].certificateTrusted").isEqualTo(true);
				assertThat(json).extractingPath("$.signatures[0].signerSubject").asString()
					.contains("CN=" + construction.agency().name()).doesNotContain("Sở Công Thương");
			});
	}

	/** The food-safety re-issue procedure, as the other agency's own: its steps for its roles. */
	private String aProcedureOf(String agencyCode) {
		String code = "9." + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L) + ".XD";
		ProcedureContent content = catalog.currentVersion(ResultLifecycleTests.PROCEDURE).content();
		List<ProcessStep> steps = content.steps().stream()
			.map(step -> new ProcessStep(step.name(), step.role(), null, step.share()))
			.toList();
		ProcedureVersion draft = catalog.createDraft(code, ProcedureContents.of(content, agencyCode, steps));
		LocalDate today = LocalDate.now(VietnamTime.ZONE);
		catalog.announce(draft.id(), ChangeKind.ANNOUNCE, new Decision("9/QĐ-UBND (kiểm thử)", today, "Chủ tịch UBND"),
				today);
		return code;
	}

	private void forward(String officer, String code) {
		assertThat(mvc.post().uri("/api/v1/work/dossiers/{code}/forward", code).contentType(MediaType.APPLICATION_JSON)
			.content("{}").with(as(officer))).as("%s forwards %s", officer, code).hasStatusOk();
	}

	private static RequestPostProcessor as(String username) {
		return httpBasic(username, DemoAccounts.PASSWORD);
	}
}
