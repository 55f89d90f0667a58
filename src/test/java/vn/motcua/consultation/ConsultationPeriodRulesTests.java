package vn.motcua.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.PersonalData;
import vn.motcua.shared.VietnamTime;

/**
 * The minimum comment period counts calendar days (weekends and holidays too), per document type,
 * under the rule set in force on the opening date; comments are taken from the opening day's 00:00
 * to the end of the closing day, Vietnam's time, whatever the server's zone.
 */
@Tag("rule")
class ConsultationPeriodRulesTests {

	/** 60 days until 2025; from 01/4/2025 a made-up 30 days for plans and 45 for the rest. */
	static final ConsultationPeriods PERIODS = new ConsultationPeriods(new ConsultationPeriods.Settings(List.of(
			new ConsultationPeriods.RuleSet(LocalDate.of(2025, 4, 1), 45, Map.of(DraftDocumentType.PLAN, 30)),
			new ConsultationPeriods.RuleSet(LocalDate.of(2016, 7, 1), 60, Map.of()))));

	@Test
	void thePeriodCountsCalendarDaysWeekendsAndHolidaysIncluded() {
		// 17/01/2026 to 17/03/2026 spans Tết (16-22/02/2026) and eight weekends: 59 calendar days
		ConsultationPeriod overTet = new ConsultationPeriod(LocalDate.of(2026, 1, 17), LocalDate.of(2026, 3, 17));
		assertThat(overTet.days()).isEqualTo(59);
		assertThatThrownBy(() -> PERIODS.check(DraftDocumentType.DECISION, new ConsultationPeriod(
				LocalDate.of(2026, 1, 17), LocalDate.of(2026, 3, 2))))
			.isInstanceOf(InvalidRequestException.class)
			.satisfies(e -> assertThat(((InvalidRequestException) e).arguments()).containsExactly(45, 44L));
		assertThat(PERIODS.check(DraftDocumentType.DECISION, new ConsultationPeriod(LocalDate.of(2026, 1, 17),
				LocalDate.of(2026, 3, 3))).minimumDays(DraftDocumentType.DECISION)).isEqualTo(45);
	}

	@Test
	void eachDocumentTypeHasItsMinimumAndTheOthersTheDefault() {
		ConsultationPeriod thirtyDays = new ConsultationPeriod(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31));
		assertThat(PERIODS.check(DraftDocumentType.PLAN, thirtyDays).inForceFrom()).isEqualTo(LocalDate.of(2025, 4, 1));
		assertThatThrownBy(() -> PERIODS.check(DraftDocumentType.REGULATION, thirtyDays))
			.isInstanceOf(InvalidRequestException.class).hasMessage("consultation.period.too-short");
	}

	@Test
	void theRuleSetInForceOnTheOpeningDateApplies() {
		// prepared under the old law, opened on the new law's first day: the new minimum applies
		assertThat(PERIODS.inForceOn(LocalDate.of(2025, 3, 31)).minimumDays(DraftDocumentType.PLAN)).isEqualTo(60);
		assertThat(PERIODS.inForceOn(LocalDate.of(2025, 4, 1)).minimumDays(DraftDocumentType.PLAN)).isEqualTo(30);
		ConsultationPeriod openedTheDayBefore = new ConsultationPeriod(LocalDate.of(2025, 3, 31),
				LocalDate.of(2025, 5, 15));
		assertThatThrownBy(() -> PERIODS.check(DraftDocumentType.PLAN, openedTheDayBefore))
			.as("45 days opened under the 60-day rules").isInstanceOf(InvalidRequestException.class);
		ConsultationPeriod openedOnTheDay = new ConsultationPeriod(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 5, 16));
		assertThat(PERIODS.check(DraftDocumentType.PLAN, openedOnTheDay).inForceFrom())
			.isEqualTo(LocalDate.of(2025, 4, 1));
	}

	@Test
	void commentsAreTakenFromTheOpeningDaysMidnightToTheEndOfTheClosingDayInVietnam() {
		ConsultationPeriod period = new ConsultationPeriod(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 31));
		// 23:59:59 on 31/05 in Vietnam is 16:59:59 UTC, already 31/05 in UTC: not yet open
		assertThat(period.takesCommentsAt(vietnam(2026, 5, 31, 23, 59, 59))).isFalse();
		assertThat(period.notYetOpenAt(vietnam(2026, 5, 31, 23, 59, 59))).isTrue();
		// 00:00 on 01/06 in Vietnam is still 31/05 in UTC
		assertThat(period.takesCommentsAt(vietnam(2026, 6, 1, 0, 0, 0))).isTrue();
		assertThat(period.takesCommentsAt(vietnam(2026, 7, 31, 23, 59, 59))).isTrue();
		assertThat(period.daysLeftAt(vietnam(2026, 7, 31, 23, 59, 59))).isEqualTo(1);
		// 00:00 on 01/08 in Vietnam is 17:00 on 31/07 in UTC, the closing day there: closed all the same
		assertThat(period.takesCommentsAt(vietnam(2026, 8, 1, 0, 0, 0))).isFalse();
		assertThat(period.closedAt(vietnam(2026, 8, 1, 0, 0, 0))).isTrue();
		assertThat(period.daysLeftAt(vietnam(2026, 8, 1, 0, 0, 0))).isZero();
	}

	@Test
	void anIndividualsNameIsMaskedToTheFamilyNameAndInitials() {
		assertThat(PersonalData.maskName(" Nguyễn Văn  An ")).isEqualTo("Nguyễn V. A.");
		assertThat(PersonalData.maskName("Lan")).isEqualTo("Lan");
	}

	private static Instant vietnam(int year, int month, int day, int hour, int minute, int second) {
		return LocalDateTime.of(year, month, day, hour, minute, second).atZone(VietnamTime.ZONE).toInstant();
	}
}
