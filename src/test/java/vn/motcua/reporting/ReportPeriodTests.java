package vn.motcua.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.motcua.reporting.ReportPeriod.Preset;
import vn.motcua.shared.InvalidRequestException;

/** The statutory periods cut off on the 14th and start on the 15th of the month before (legal-rules §4). */
class ReportPeriodTests {

	@Test
	void aYearReportRunsFromTheFifteenthOfDecemberBeforeToTheFourteenthOfDecember() {
		assertThat(ReportPeriod.of(Preset.YEAR, 2026, 1))
			.isEqualTo(new ReportPeriod(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 12, 14)));
	}

	@Test
	void januaryAndTheFirstQuarterStartInTheYearBefore() {
		assertThat(ReportPeriod.of(Preset.MONTH, 2026, 1))
			.isEqualTo(new ReportPeriod(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 1, 14)));
		assertThat(ReportPeriod.of(Preset.QUARTER, 2026, 1))
			.isEqualTo(new ReportPeriod(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 3, 14)));
		assertThat(ReportPeriod.of(Preset.MONTH, 2026, 12))
			.isEqualTo(new ReportPeriod(LocalDate.of(2026, 11, 15), LocalDate.of(2026, 12, 14)));
		assertThat(ReportPeriod.of(Preset.QUARTER, 2026, 4))
			.isEqualTo(new ReportPeriod(LocalDate.of(2026, 9, 15), LocalDate.of(2026, 12, 14)));
	}

	@Test
	void sixAndNineMonthsAccumulateFromTheFifteenthOfDecember() {
		assertThat(ReportPeriod.of(Preset.HALF_YEAR, 2026, 1))
			.isEqualTo(new ReportPeriod(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 6, 14)));
		assertThat(ReportPeriod.of(Preset.NINE_MONTHS, 2026, 1))
			.isEqualTo(new ReportPeriod(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 9, 14)));
	}

	@Test
	void consecutiveMonthsTileTheYearWithoutGapOrOverlap() {
		LocalDate next = ReportPeriod.of(Preset.YEAR, 2027, 1).from();
		for (int month = 1; month <= 12; month++) {
			ReportPeriod period = ReportPeriod.of(Preset.MONTH, 2027, month);
			assertThat(period.from()).isEqualTo(next);
			next = period.to().plusDays(1);
		}
		assertThat(next.minusDays(1)).isEqualTo(ReportPeriod.of(Preset.YEAR, 2027, 1).to());
	}

	@Test
	void theSixteenthOfDecemberBelongsToNextYearsReport() {
		assertThat(ReportPeriod.yearOf(LocalDate.of(2026, 12, 14)).to()).isEqualTo(LocalDate.of(2026, 12, 14));
		assertThat(ReportPeriod.yearOf(LocalDate.of(2026, 12, 15)).to()).isEqualTo(LocalDate.of(2027, 12, 14));
		assertThat(ReportPeriod.yearOf(LocalDate.of(2026, 1, 1)).from()).isEqualTo(LocalDate.of(2025, 12, 15));
	}

	@Test
	void aPeriodEndsOnOrAfterItStartsAndPresetNumbersAreChecked() {
		assertThatThrownBy(() -> new ReportPeriod(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 31)))
			.isInstanceOf(InvalidRequestException.class);
		assertThatThrownBy(() -> ReportPeriod.of(Preset.QUARTER, 2026, 5)).isInstanceOf(InvalidRequestException.class);
		assertThat(new ReportPeriod(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 1)).cutOff())
			.isEqualTo(LocalDate.of(2026, 2, 2).atStartOfDay());
	}
}
