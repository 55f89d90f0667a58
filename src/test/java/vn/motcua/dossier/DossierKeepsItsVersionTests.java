package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import vn.motcua.catalog.CatalogManagement;
import vn.motcua.catalog.ChangeKind;
import vn.motcua.catalog.Decision;
import vn.motcua.catalog.ProcedureContent;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.identity.AccountManagement;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.MutableClock;
import vn.motcua.testing.WebTest;

/**
 * An amendment that takes effect tomorrow: today's dossier keeps today's version, tomorrow's
 * dossier gets the new one, without anybody switching anything.
 */
@WebTest
@Import(MutableClock.Configuration.class)
class DossierKeepsItsVersionTests {

	static final String PROCEDURE = "1.013393.000.00.00.H55";

	@Autowired
	DossierIntake intake;

	@Autowired
	CatalogManagement catalog;

	@Autowired
	AccountManagement accounts;

	@Autowired
	DossierManagement dossiers;

	@Autowired
	MutableClock clock;

	@AfterEach
	void realTime() {
		clock.reset();
	}

	@Test
	void aDossierStartedTodayKeepsTodaysVersionAfterAnAmendmentTakesEffect() {
		clock.set(Instant.parse("2026-11-25T02:00:00Z"));
		ProcedureVersion today = catalog.currentVersion(PROCEDURE);
		Dossier submittedToday = submit();

		ProcedureVersion draft = catalog.startDraft(PROCEDURE);
		catalog.updateDraft(draft.id(), renamed(draft.content(), today.content().name() + " (sửa đổi)"));
		catalog.announce(draft.id(), ChangeKind.AMEND, new Decision("99/QĐ-UBND (kiểm thử)", LocalDate.of(2026, 11, 24),
				"Chủ tịch UBND tỉnh"), LocalDate.of(2026, 11, 26));
		assertThat(catalog.currentVersion(PROCEDURE).id()).isEqualTo(today.id());

		clock.advance(Duration.ofDays(1));
		assertThat(catalog.currentVersion(PROCEDURE).content().name()).endsWith("(sửa đổi)");
		Dossier submittedTomorrow = submit();

		Dossier keptToday = dossiers.dossierOf(submittedToday.accountId(), submittedToday.code());
		assertThat(keptToday.procedure().versionId()).isEqualTo(today.id());
		assertThat(keptToday.procedure().name()).isEqualTo(today.content().name());
		assertThat(submittedTomorrow.procedure().versionId()).isNotEqualTo(today.id());
		assertThat(submittedTomorrow.procedure().name()).endsWith("(sửa đổi)");
	}

	private Dossier submit() {
		UUID citizen = accounts.findByUsername(DemoAccounts.CITIZEN).orElseThrow().id();
		return intake.submitOnline(citizen, new OnlineSubmission(PROCEDURE, "Quảng Ngãi", ResultDelivery.ONLINE, null,
				null, java.util.List.of(new UploadedFile(0, "don.pdf", SubmissionFiles.pdf()))));
	}

	private static ProcedureContent renamed(ProcedureContent content, String name) {
		return new ProcedureContent(name, content.sectorCode(), content.agencyCode(), content.applicants(),
				content.channels(), content.onlineLevel(), content.processingTime(), content.agencyCommitment(),
				content.sameDay(), content.submissionPlace(), content.conditions(), content.documents(), content.fees(),
				content.resultType(), content.electronicResult(), content.legalBasis(), content.steps());
	}
}
