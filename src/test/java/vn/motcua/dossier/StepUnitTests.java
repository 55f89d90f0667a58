package vn.motcua.dossier;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.motcua.catalog.CatalogManagement;
import vn.motcua.catalog.ChangeKind;
import vn.motcua.catalog.Decision;
import vn.motcua.catalog.ProcedureContent;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.catalog.ProcessStep;
import vn.motcua.catalog.RequiredDocument;
import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.PasswordChosenBy;
import vn.motcua.identity.Role;
import vn.motcua.organization.Agency;
import vn.motcua.organization.OfficerRegistration;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.Unit;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.MutableClock;
import vn.motcua.testing.ProcedureContents;
import vn.motcua.testing.WebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * A step that names a unit belongs to that unit's officers of the step's role: a unit head of
 * another unit neither sees the dossier in the queue nor can move it.
 */
@WebTest
@Import(MutableClock.Configuration.class)
class StepUnitTests {

	/** A procedure no other test walks, so that giving its steps a unit changes nobody else's path. */
	static final String PROCEDURE = "1.013001.000.00.00.H55";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CatalogManagement catalog;

	@Autowired
	OrganizationManagement organization;

	@Autowired
	AccountManagement accounts;

	@Autowired
	DossierIntake intake;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void wednesdayMorning() {
		clock.set(Instant.parse("2026-11-25T01:00:00Z"));
	}

	@AfterEach
	void realTime() {
		clock.reset();
	}

	@Test
	void onlyTheUnitTheStepNamesCanActOnIt() throws Exception {
		Agency agency = organization.agencyByCode("000.00.31.H55").orElseThrow();
		UUID demoHeadsUnit = organization.officerOfAccount(accounts.findByUsername("unithead").orElseThrow().id())
			.orElseThrow()
			.unitId();
		Unit otherUnit = organization.units(agency.id())
			.stream()
			.filter(unit -> !unit.id().equals(demoHeadsUnit))
			.findFirst()
			.orElseThrow();
		String otherHead = "truongphong" + ThreadLocalRandom.current().nextInt(1_000_000);
		organization.createOfficer(new OfficerRegistration(agency.id(), otherUnit.id(), "Lê Thị Hạnh", "Trưởng phòng",
				otherHead, null, null, DemoAccounts.PASSWORD, Set.of(Role.UNIT_HEAD), PasswordChosenBy.HOLDER));
		assignUnitHeadStepsTo(otherUnit.id());

		String code = receivedDossier();
		assertThat(move("desk", code, "forward")).hasStatusOk();

		assertThat(queue("unithead", code)).doesNotContain(code);
		assertThat(move("unithead", code, "forward")).as("a unit head of another unit").hasStatus(403);
		assertThat(queue(otherHead, code)).contains(code);
		assertThat(move(otherHead, code, "forward")).hasStatusOk().bodyJson().extractingPath("$.role")
			.isEqualTo("SPECIALIST");
	}

	/** Announces, from today, a version of the procedure whose unit-head steps name that unit. */
	private void assignUnitHeadStepsTo(UUID unitId) {
		ProcedureVersion draft = catalog.startDraft(PROCEDURE);
		ProcedureContent content = draft.content();
		List<ProcessStep> steps = content.steps()
			.stream()
			.map(step -> step.role() == Role.UNIT_HEAD ? new ProcessStep(step.name(), step.role(), unitId, step.share())
					: step)
			.toList();
		catalog.updateDraft(draft.id(), ProcedureContents.withSteps(content, steps));
		LocalDate today = LocalDate.of(2026, 11, 25);
		catalog.announce(draft.id(), ChangeKind.AMEND, new Decision("7/QĐ-UBND (kiểm thử)", today, "Chủ tịch UBND tỉnh"),
				today);
	}

	private String receivedDossier() {
		UUID citizen = accounts.findByUsername(DemoAccounts.BUSINESS).orElseThrow().id();
		List<UploadedFile> files = new ArrayList<>();
		List<RequiredDocument> documents = catalog.currentVersion(PROCEDURE).content().documents();
		for (int index = 0; index < documents.size(); index++) {
			if (documents.get(index).mandatory()) {
				files.add(new UploadedFile(index, "giay-to-" + index + ".pdf", SubmissionFiles.pdf()));
			}
		}
		String code = intake.submitOnline(citizen,
				new OnlineSubmission(PROCEDURE, "Quảng Ngãi", ResultDelivery.AT_DESK, null, null, files))
			.code();
		assertThat(mvc.post().uri("/api/v1/desk/dossiers/{code}/acceptance", code)
			.with(httpBasic("desk", DemoAccounts.PASSWORD))).hasStatusOk();
		return code;
	}

	private MvcTestResult move(String officer, String code, String action) {
		return mvc.post().uri("/api/v1/work/dossiers/{code}/" + action, code).contentType(MediaType.APPLICATION_JSON)
			.content("{}").with(httpBasic(officer, DemoAccounts.PASSWORD)).exchange();
	}

	private String queue(String officer, String code) throws UnsupportedEncodingException {
		MvcTestResult result = mvc.get().uri("/api/v1/work/queue?q={code}", code).with(httpBasic(officer, DemoAccounts.PASSWORD))
			.exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}
}
