package vn.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import vn.motcua.calendar.ProcessingTime;
import vn.motcua.calendar.ProcessingTimeUnit;
import vn.motcua.identity.Role;

@Tag("rule")
class ProcedureRulesTests {

	static final ProcedureContent COMPLETE = CatalogFixtures.aCompleteProcedure("Cấp giấy phép thử nghiệm");

	@Test
	void aCompleteProcedureHasNoProblem() {
		assertThat(ProcedureRules.invalid(COMPLETE, CatalogFixtures.SECTOR::equals)).isEmpty();
		assertThat(ProcedureRules.incomplete(COMPLETE)).isEmpty();
	}

	@Test
	void stepSharesThatDoNotAddUpAreNamedWithBothFigures() {
		ProcedureContent content = CatalogFixtures.withSteps(COMPLETE,
				List.of(new ProcessStep("Thẩm định", Role.SPECIALIST, null, new BigDecimal("7.5"))));
		assertThat(ProcedureRules.incomplete(content))
			.containsExactly(new ContentProblem("catalog.problem.steps.shares", "7.5", "10"));
	}

	@Test
	void sharesAddUpToTheAgencysCommitmentWhereItHasOne() {
		ProcedureContent committed = new ProcedureContent(COMPLETE.name(), COMPLETE.sectorCode(), COMPLETE.agencyCode(),
				COMPLETE.applicants(), COMPLETE.channels(), COMPLETE.onlineLevel(), COMPLETE.processingTime(),
				new BigDecimal("7.5"), false, COMPLETE.submissionPlace(), "", COMPLETE.documents(), COMPLETE.fees(),
				COMPLETE.resultType(), true, COMPLETE.legalBasis(),
				List.of(new ProcessStep("Thẩm định", Role.SPECIALIST, null, new BigDecimal("7.5"))));
		assertThat(ProcedureRules.incomplete(committed)).isEmpty();
	}

	@Test
	void stepsAreDoneByOfficersWhoHandleDossiersOnly() {
		ProcedureContent content = CatalogFixtures.withSteps(COMPLETE,
				List.of(new ProcessStep("Tự xử lý", Role.APPLICANT, null, BigDecimal.ONE),
						new ProcessStep("Giám sát", Role.PEOPLES_INSPECTOR, null, new BigDecimal("9"))));
		assertThat(ProcedureRules.invalid(content, CatalogFixtures.SECTOR::equals)).containsExactly(
				new ContentProblem("catalog.problem.step.role", 1), new ContentProblem("catalog.problem.step.role", 2));
	}

	@Test
	void whatACitizenNeedsIsRequiredBeforeAnnouncing() {
		ProcedureContent empty = new ProcedureContent("Tên", "XANG_DAU", "000", List.of(), List.of(), OnlineLevel.FULL,
				COMPLETE.processingTime(), null, false, " ", "", List.of(), List.of(), "", false, "", List.of());
		assertThat(ProcedureRules.incomplete(empty)).extracting(ContentProblem::key).containsExactly(
				"catalog.problem.applicants.required", "catalog.problem.channels.required",
				"catalog.problem.online.channel", "catalog.problem.place.required", "catalog.problem.documents.required",
				"catalog.problem.result.required", "catalog.problem.legal-basis.required",
				"catalog.problem.steps.required");
	}

	@Test
	void emptyNamesNegativeFeesAndUnknownSectorsAreInvalidEvenInADraft() {
		ProcedureContent bad = new ProcedureContent(" ", "NO_SUCH", "000", List.of(), List.of(), OnlineLevel.NONE,
				new ProcessingTime(BigDecimal.ZERO, ProcessingTimeUnit.WORKING_DAYS), null, false, "", "",
				List.of(new RequiredDocument("", -1, 0, 0, true, null)), List.of(new Fee("Lệ phí", -5)), "", false, "",
				List.of(new ProcessStep("Bước", Role.SPECIALIST, null, BigDecimal.ZERO)));
		assertThat(ProcedureRules.invalid(bad, CatalogFixtures.SECTOR::equals)).containsExactly(
				new ContentProblem("catalog.problem.name.required"),
				new ContentProblem("catalog.problem.sector.unknown", "NO_SUCH"),
				new ContentProblem("catalog.problem.time.positive"),
				new ContentProblem("catalog.problem.document.name", 1),
				new ContentProblem("catalog.problem.document.count", 1),
				new ContentProblem("catalog.problem.fee.negative", 1),
				new ContentProblem("catalog.problem.step.share", 1));
	}
}
