package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
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
import vn.motcua.organization.Agency;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.VietnamTime;
import vn.motcua.testing.AnotherAgency;
import vn.motcua.testing.ClientAddresses;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.ProcedureContents;
import vn.motcua.testing.TestFiles;
import vn.motcua.testing.WebTest;

/**
 * A result is the deciding agency's document: a dossier of another agency of the province, taken
 * through its own officers' steps, carries that agency's signature, not the home agency's, and its
 * code still verifies it. Its code, typed in upper or lower case, finds its status and verifies it: for
 * an agency whose code an administrator typed in lower case (kept in upper case), and for one whose
 * code an older release kept in lower case (decision 0046).
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

	@Autowired
	JdbcClient jdbc;

	@Test
	void theResultIsSignedWithTheDecidingAgencysCertificate() {
		AnotherAgency construction = AnotherAgency.create(organization);
		String code = aResultOf(construction);

		assertThat(mvc.post().uri("/api/v1/verifications").param("code", code)).as("its code verifies it")
			.hasStatusOk().bodyJson().satisfies(json -> {
				assertThat(json).extractingPath("$.intact").isEqualTo(true);
				assertThat(json).extractingPath("$.signatures[0].certificateTrusted").isEqualTo(true);
				assertThat(json).extractingPath("$.signatures[0].signerSubject").asString()
					.contains("CN=" + construction.agency().name()).doesNotContain("Sở Công Thương");
			});
	}

	@Test
	void anAgencyCodeTypedInLowerCaseIsKeptInUpperCaseAndItsDossiersAreFoundInEitherCase() {
		String typed = "000.00.41.h55-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
		Agency agency = organization.createAgency(typed, "Sở Tư pháp tỉnh Quảng Ngãi", "Quảng Ngãi");
		assertThat(agency.code()).isEqualTo(typed.toUpperCase(Locale.ROOT));

		String code = aResultOf(AnotherAgency.of(organization, agency));
		assertThat(code).startsWith(agency.code() + "-");
		assertFoundAndVerifiedInEitherCase(code);
	}

	@Test
	void theDossiersOfAnAgencyKeptInLowerCaseBeforeAreFoundInEitherCase() {
		String kept = "000.00.51.h55-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
		UUID id = UUID.randomUUID();
		jdbc.sql("INSERT INTO agency (id, version, code, name, province) VALUES (?, 1, ?, 'Sở Y tế tỉnh Quảng Ngãi', "
				+ "'Quảng Ngãi')").params(id, kept).update();

		String code = aResultOf(AnotherAgency.of(organization, organization.agency(id)));
		assertThat(code).startsWith(kept + "-");
		assertFoundAndVerifiedInEitherCase(code);
	}

	/** From a client of its own, so that the look-ups of the layer's other tests do not use up its limit. */
	private void assertFoundAndVerifiedInEitherCase(String code) {
		RequestPostProcessor client = ClientAddresses.from("192.0.2." + ThreadLocalRandom.current().nextInt(100, 200));
		for (String typed : List.of(code.toUpperCase(Locale.ROOT), code.toLowerCase(Locale.ROOT))) {
			assertThat(mvc.get().uri("/api/v1/dossiers/{code}/status", typed).with(client)).as("the status of %s", typed)
				.hasStatusOk().bodyJson().extractingPath("$.code").isEqualTo(code);
			assertThat(mvc.get().uri("/dossiers/status").param("code", typed).with(client))
				.as("the status page of %s", typed).hasStatusOk().bodyText().contains(code).doesNotContain("id=\"code-error\"");
			assertThat(mvc.post().uri("/api/v1/verifications").param("code", typed).with(client))
				.as("%s verifies it", typed).hasStatusOk().bodyJson().extractingPath("$.intact").isEqualTo(true);
		}
	}

	/** A dossier of the agency's own procedure taken by its own officers to a signed result handed over; its code. */
	private String aResultOf(AnotherAgency agency) {
		String desk = agency.officer(Role.RECEPTION_OFFICER);
		String head = agency.officer(Role.UNIT_HEAD);
		String specialist = agency.officer(Role.SPECIALIST);
		String leader = agency.officer(Role.AGENCY_LEADER);
		String records = agency.officer(Role.RECORDS_OFFICER);
		String procedure = aProcedureOf(agency.agency().code());

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
		return code;
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
