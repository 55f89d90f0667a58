package vn.motcua.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import vn.motcua.shared.InvalidFieldException;
import vn.motcua.shared.VietnamTime;

/**
 * What may be published to whom and for how long comes from the rule set in force on the first day
 * of posting: each category its audiences and its minimum in calendar days, both ends included;
 * posting runs from the first day's 00:00 to the end of the last, Vietnam's time.
 */
@Tag("rule")
class DisclosureRulesTests {

	private static final Set<DisclosureAudience> BOTH = Set.of(DisclosureAudience.PUBLIC, DisclosureAudience.STAFF);

	/** From 01/7/2023 budgets 30 days to anyone, declarations 15 days to the staff; a made-up 2027 set with 45. */
	static final DisclosureRules RULES = new DisclosureRules(new DisclosureRules.Settings(List.of(
			new DisclosureRules.RuleSet(LocalDate.of(2027, 1, 1),
					List.of(new DisclosureRules.Category("BUDGET", BOTH, 45))),
			new DisclosureRules.RuleSet(LocalDate.of(2023, 7, 1), List.of(
					new DisclosureRules.Category("BUDGET", BOTH, 30),
					new DisclosureRules.Category("ASSET_DECLARATION", Set.of(DisclosureAudience.STAFF), 15))))));

	@Test
	void thePeriodCountsCalendarDaysWithBothEndsIncluded() {
		// 01/02/2026 to 02/03/2026 spans Tết (16-22/02/2026) and weekends: 30 calendar days
		PostingPeriod overTet = new PostingPeriod(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 2));
		assertThat(overTet.days()).isEqualTo(30);
		assertThat(RULES.check("BUDGET", DisclosureAudience.PUBLIC, overTet).minimumDays()).isEqualTo(30);
		assertThatThrownBy(() -> RULES.check("BUDGET", DisclosureAudience.PUBLIC,
				new PostingPeriod(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1))))
			.isInstanceOf(InvalidFieldException.class).hasMessage("disclosure.period.too-short")
			.satisfies(refused -> assertThat(((InvalidFieldException) refused).field()).isEqualTo("postedUntil"))
			.satisfies(refused -> assertThat(((InvalidFieldException) refused).arguments()).containsExactly(30, 29L));
	}

	@Test
	void eachCategoryHasItsMinimumAndItsAudiences() {
		PostingPeriod fifteenDays = new PostingPeriod(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 15));
		assertThat(RULES.check("ASSET_DECLARATION", DisclosureAudience.STAFF, fifteenDays).minimumDays()).isEqualTo(15);
		assertThatThrownBy(() -> RULES.check("BUDGET", DisclosureAudience.STAFF, fifteenDays))
			.hasMessage("disclosure.period.too-short");
		assertThatThrownBy(() -> RULES.check("ASSET_DECLARATION", DisclosureAudience.PUBLIC, fifteenDays))
			.as("declarations go to the staff only").hasMessage("disclosure.audience.not-allowed");
		assertThatThrownBy(() -> RULES.check("HOLIDAYS", DisclosureAudience.STAFF, fifteenDays))
			.hasMessage("disclosure.category.unknown");
	}

	@Test
	void theRuleSetInForceOnTheFirstDayOfPostingApplies() {
		PostingPeriod fromNewYearsEve = new PostingPeriod(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 2, 13));
		assertThat(RULES.check("BUDGET", DisclosureAudience.PUBLIC, fromNewYearsEve).inForceFrom())
			.isEqualTo(LocalDate.of(2023, 7, 1));
		PostingPeriod fromNewYear = new PostingPeriod(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 13));
		assertThatThrownBy(() -> RULES.check("BUDGET", DisclosureAudience.PUBLIC, fromNewYear))
			.as("44 days under the 45-day rules").hasMessage("disclosure.period.too-short");
		assertThatThrownBy(() -> RULES.check("ASSET_DECLARATION", DisclosureAudience.STAFF, fromNewYear))
			.as("a category the new rule set drops").hasMessage("disclosure.category.unknown");
		assertThat(RULES.categoryCodes()).containsExactlyInAnyOrder("BUDGET", "ASSET_DECLARATION");
	}

	@Test
	void postingRunsFromTheFirstDaysMidnightToTheEndOfTheLastDayInVietnam() {
		PostingPeriod period = new PostingPeriod(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30));
		// 23:59:59 on 31/05 in Vietnam: not yet posted
		assertThat(period.postedAt(vietnam(2026, 5, 31, 23, 59, 59))).isFalse();
		assertThat(period.startedAt(vietnam(2026, 5, 31, 23, 59, 59))).isFalse();
		// 00:00 on 01/06 in Vietnam is still 31/05 in UTC: posted all the same
		assertThat(period.postedAt(vietnam(2026, 6, 1, 0, 0, 0))).isTrue();
		assertThat(period.postedAt(vietnam(2026, 6, 30, 23, 59, 59))).isTrue();
		// 00:00 on 01/07 in Vietnam is 17:00 on 30/06 in UTC: ended all the same
		assertThat(period.postedAt(vietnam(2026, 7, 1, 0, 0, 0))).isFalse();
		assertThat(period.endedAt(vietnam(2026, 7, 1, 0, 0, 0))).isTrue();
	}

	@Test
	void aPublishedOneIsNeverEditedAndAReplacementKeepsItsAudience() {
		Instant now = vietnam(2026, 6, 1, 9, 0, 0);
		Disclosure budget = Disclosure.prepare(java.util.UUID.randomUUID(), "000.00.31.H55", new DisclosureContent(
				"Dự toán 2026", "BUDGET", DisclosureAudience.PUBLIC, "Dự toán", LocalDate.of(2026, 6, 1),
				LocalDate.of(2026, 6, 30)), "specialist", now);
		budget.publish(RULES, "unithead", now);
		assertThat(budget.status()).isEqualTo(DisclosureStatus.PUBLISHED);
		assertThat(budget.minimumDays()).isEqualTo(30);
		assertThatThrownBy(() -> budget.edit(budget.content())).hasMessage("disclosure.status.not-draft");
		DisclosureContent toStaff = new DisclosureContent("Dự toán 2026 (đính chính)", "BUDGET",
				DisclosureAudience.STAFF, "Dự toán đã sửa", LocalDate.of(2026, 6, 2), LocalDate.of(2026, 7, 1));
		assertThatThrownBy(() -> budget.prepareReplacement(toStaff, "specialist", now))
			.hasMessage("disclosure.replacement.audience");
		assertThatThrownBy(() -> budget.withdraw("  ", "unithead", now)).hasMessage("disclosure.field.required");
		budget.withdraw("Nhầm số liệu", "unithead", now);
		assertThat(budget.isPublicAt(now)).isFalse();
		assertThatThrownBy(() -> budget.withdraw("Lần nữa", "unithead", now))
			.hasMessage("disclosure.status.not-published");
	}

	private static Instant vietnam(int year, int month, int day, int hour, int minute, int second) {
		return LocalDateTime.of(year, month, day, hour, minute, second).atZone(VietnamTime.ZONE).toInstant();
	}
}
