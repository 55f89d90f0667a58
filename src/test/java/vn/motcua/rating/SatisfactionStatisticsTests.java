package vn.motcua.rating;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.MutableClock;
import vn.motcua.testing.StatementLog;
import vn.motcua.testing.WebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * Satisfaction counted per agency, officer, unit, procedure, sector, month and quarter, for a known
 * set of ratings of an agency of their own (so that other tests' ratings never count here).
 */
@WebTest
@Import(MutableClock.Configuration.class)
class SatisfactionStatisticsTests {

	static final UUID UNIT_ONE = UUID.randomUUID();
	static final UUID UNIT_TWO = UUID.randomUUID();
	static final RatedOfficer A = new RatedOfficer("thongke.a", "Nguyễn Văn A", UNIT_ONE, "Phòng Một");
	static final RatedOfficer B = new RatedOfficer("thongke.b", "Trần Thị B", UNIT_ONE, "Phòng Một");
	static final RatedOfficer C = new RatedOfficer("thongke.c", "Lê Văn C", UNIT_TWO, "Phòng Hai");

	@Autowired
	RatingRepository ratings;

	@Autowired
	RatingManagement management;

	@Autowired
	RatingScale scale;

	@Autowired
	MockMvcTester mvc;

	String agency;

	/**
	 * Five ratings: two online for P1 (sector S1) with indicators 18 and 12, one online for P2 (S2)
	 * given at 01:00 on 1 April in Vietnam (still 31 March in UTC), one at the kiosk without a dossier,
	 * and one in July, after the period counted.
	 */
	@BeforeEach
	void aKnownSetOfRatings() {
		agency = "TK." + UUID.randomUUID().toString().substring(0, 8);
		online("P1", "S1", List.of(A, B), "VERY_SATISFIED", 18, "2026-01-15T03:00:00Z");
		online("P1", "S1", List.of(A, C), "SATISFIED", 12, "2026-02-10T03:00:00Z");
		online("P2", "S2", List.of(C), "DISSATISFIED", null, "2026-03-31T18:00:00Z");
		ratings.save(Rating.atKiosk(new RatedHandling(agency, null, null, null, null, null, List.of(B)), UUID.randomUUID(),
				"Quầy 1", scale.require("NEUTRAL"), Instant.parse("2026-04-20T03:00:00Z")));
		online("P2", "S2", List.of(A), "VERY_SATISFIED", null, "2026-06-30T20:00:00Z");
	}

	@Test
	void theAgencyTotalCountsEachRatingOnce() {
		SatisfactionReport report = report(Grouping.AGENCY);
		assertThat(report.levels()).containsExactly("VERY_SATISFIED", "SATISFIED", "NEUTRAL", "DISSATISFIED");
		assertThat(report.total().ratings()).isEqualTo(4);
		assertThat(report.total().levels()).containsExactly(Map.entry("VERY_SATISFIED", 1L), Map.entry("SATISFIED", 1L),
				Map.entry("NEUTRAL", 1L), Map.entry("DISSATISFIED", 1L));
		assertThat(report.total().satisfied()).isEqualTo(2);
		assertThat(report.total().satisfiedPercent()).isEqualByComparingTo("50.00");
		assertThat(report.total().withIndicators()).isEqualTo(2);
		assertThat(report.total().averageIndicatorTotal()).isEqualByComparingTo("15.00");
		assertThat(report.rows()).singleElement().satisfies(row -> assertThat(row.ratings()).isEqualTo(4));
	}

	@Test
	void perOfficerEachRatingCountsForEveryOfficerItNames() {
		Map<String, SatisfactionRow> rows = rows(Grouping.OFFICER);
		assertThat(rows).containsOnlyKeys("thongke.a", "thongke.b", "thongke.c");
		assertRow(rows.get("thongke.a"), "Nguyễn Văn A", 2, 2, "100.00", "15.00");
		assertRow(rows.get("thongke.b"), "Trần Thị B", 2, 1, "50.00", "18.00");
		assertRow(rows.get("thongke.c"), "Lê Văn C", 2, 1, "50.00", "12.00");
	}

	@Test
	void perUnitARatingOfTwoOfficersOfOneUnitCountsOnce() {
		Map<String, SatisfactionRow> rows = rows(Grouping.UNIT);
		assertThat(rows).containsOnlyKeys(UNIT_ONE.toString(), UNIT_TWO.toString());
		assertRow(rows.get(UNIT_ONE.toString()), "Phòng Một", 3, 2, "66.67", "15.00");
		assertRow(rows.get(UNIT_TWO.toString()), "Phòng Hai", 2, 1, "50.00", "12.00");
	}

	@Test
	void perProcedureAndSectorTheKioskRatingWithoutADossierCountsInNeither() {
		Map<String, SatisfactionRow> procedures = rows(Grouping.PROCEDURE);
		assertThat(procedures).containsOnlyKeys("P1", "P2");
		assertRow(procedures.get("P1"), "Thủ tục P1", 2, 2, "100.00", "15.00");
		assertRow(procedures.get("P2"), "Thủ tục P2", 1, 0, "0.00", null);
		Map<String, SatisfactionRow> sectors = rows(Grouping.SECTOR);
		assertThat(sectors).containsOnlyKeys("S1", "S2");
		assertThat(sectors.get("S1").ratings()).isEqualTo(2);
		assertThat(sectors.get("S2").ratings()).isEqualTo(1);
	}

	@Test
	void onlyTheGroupingsByOfficerAndUnitReadTheRatedOfficers() {
		for (Grouping by : Grouping.values()) {
			boolean readsOfficers = StatementLog.record(() -> report(by)).stream()
				.anyMatch(statement -> statement.sql().contains("rating_officer"));
			assertThat(readsOfficers).as("%s reads rating_officer", by)
				.isEqualTo(by == Grouping.OFFICER || by == Grouping.UNIT);
		}
	}

	@Test
	void perMonthAndQuarterInVietnamsCalendar() {
		assertThat(report(Grouping.MONTH).rows()).extracting(SatisfactionRow::key, SatisfactionRow::ratings)
			.containsExactly(Tuple.tuple("2026-01", 1L), Tuple.tuple("2026-02", 1L),
					Tuple.tuple("2026-04", 2L));
		assertThat(report(Grouping.QUARTER).rows()).extracting(SatisfactionRow::key, SatisfactionRow::ratings)
			.containsExactly(Tuple.tuple("2026-Q1", 2L), Tuple.tuple("2026-Q2", 2L));
		SatisfactionReport wholeYear = management.satisfaction(new SatisfactionQuery(agency, LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 12, 31), Grouping.QUARTER, null));
		assertThat(wholeYear.total().ratings()).isEqualTo(5);
		assertThat(wholeYear.rows()).extracting(SatisfactionRow::key).containsExactly("2026-Q1", "2026-Q2", "2026-Q3");
	}

	/** No ratings give no share: not 0 %, which would read as nobody satisfied. */
	/**
	 * The service index's dislikes: the dissatisfied rating by the dossier it names, a dissatisfied kiosk
	 * rating on its own; the neutral kiosk rating is not one, nor what was rated after the period.
	 */
	@Test
	void theDislikesAreTheDissatisfiedRatingsByTheirDossier() {
		Dislikes before = management.dislikes(agency, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
		assertThat(before.dossierCodes()).singleElement().asString().startsWith("HS-");
		assertThat(before.withoutDossier()).isZero();

		ratings.save(Rating.atKiosk(new RatedHandling(agency, null, null, null, null, null, List.of(B)), UUID.randomUUID(),
				"Quầy 2", scale.require("DISSATISFIED"), Instant.parse("2026-05-04T03:00:00Z")));
		Dislikes more = management.dislikes(agency, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
		assertThat(more.dossierCodes()).isEqualTo(before.dossierCodes());
		assertThat(more.withoutDossier()).isOne();
		assertThat(management.dislikes(agency, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31)).dossierCodes())
			.isEmpty();
	}

	@Test
	void withoutRatingsThereIsNoShare() {
		SatisfactionReport none = management.satisfaction(new SatisfactionQuery(agency, LocalDate.of(2025, 1, 1),
				LocalDate.of(2025, 12, 31), Grouping.AGENCY, null));
		assertThat(none.total().ratings()).isZero();
		assertThat(none.total().satisfiedPercent()).isNull();
	}

	@Test
	void oneSourceAtATime() {
		SatisfactionReport kiosk = management.satisfaction(new SatisfactionQuery(agency, LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 6, 30), Grouping.AGENCY, RatingSource.KIOSK));
		assertThat(kiosk.total().ratings()).isEqualTo(1);
		assertThat(kiosk.total().levels()).containsEntry("NEUTRAL", 1L);
	}

	@Test
	void leadersReadTheStatisticsOfTheirAgencyAndOthersAreRefused() {
		assertThat(mvc.get().uri("/api/v1/ratings/statistics?by=OFFICER&from=2026-01-01&to=2026-12-31")
			.with(httpBasic("leader", DemoAccounts.PASSWORD))).hasStatusOk().bodyJson()
			.extractingPath("$.query.agencyCode").isEqualTo("000.00.31.H55");
		assertThat(mvc.get().uri("/ratings/statistics?by=UNIT").with(httpBasic("unithead", DemoAccounts.PASSWORD)))
			.hasStatusOk().bodyText().contains("Thống kê mức độ hài lòng").doesNotContain("asksIndicators");
		assertThat(mvc.get().uri("/ratings/statistics").with(httpBasic("leader", DemoAccounts.PASSWORD)))
			.hasStatusOk().bodyText().contains("asksIndicators");
		assertThat(mvc.get().uri("/api/v1/ratings/statistics").with(httpBasic("desk", DemoAccounts.PASSWORD)))
			.hasStatus(403);
		assertThat(mvc.get().uri("/api/v1/ratings/statistics").with(httpBasic(DemoAccounts.CITIZEN, DemoAccounts.PASSWORD)))
			.hasStatus(403);
		assertThat(mvc.get().uri("/api/v1/ratings/statistics?from=2026-05-01&to=2026-01-01")
			.with(httpBasic("leader", DemoAccounts.PASSWORD))).hasStatus(400);
	}

	/** The page explained nothing: a "to" before the "from" was silently replaced by the "from". */
	@Test
	void aPeriodEndingBeforeItStartsIsExplainedBesideItsEndWithWhatWasTyped() {
		assertThat(mvc.get().uri("/ratings/statistics?from=2026-05-01&to=2026-01-01")
			.with(httpBasic("leader", DemoAccounts.PASSWORD))).hasStatusOk().bodyText()
			.contains("Ngày bắt đầu (01/05/2026) phải trước ngày kết thúc (01/01/2026).")
			.contains("value=\"2026-05-01\"").contains("value=\"2026-01-01\"").contains("aria-invalid=\"true\"");
	}

	private void online(String procedure, String sector, List<RatedOfficer> officers, String level, Integer indicators,
			String at) {
		Instant ratedAt = Instant.parse(at);
		ratings.save(Rating.online(new RatedHandling(agency, UUID.randomUUID(), "HS-" + UUID.randomUUID(), procedure,
				"Thủ tục " + procedure, sector, officers), UUID.randomUUID(), scale.require(level), null,
				indicators == null ? List.of() : scores(indicators), ratedAt, ratedAt.plusSeconds(86_400)));
	}

	/** Nine scores that add up to the total (every 2 first, then 1 or 0). */
	private static List<IndicatorScore> scores(int total) {
		int[] left = { total };
		return Arrays.stream(Indicator.values()).map(indicator -> {
			int score = Math.min(2, left[0]);
			left[0] -= score;
			return new IndicatorScore(indicator, score);
		}).toList();
	}

	private SatisfactionReport report(Grouping by) {
		return management.satisfaction(new SatisfactionQuery(agency, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30),
				by, null));
	}

	private Map<String, SatisfactionRow> rows(Grouping by) {
		return report(by).rows().stream().collect(Collectors.toMap(SatisfactionRow::key, Function.identity()));
	}

	private static void assertRow(SatisfactionRow row, String label, long ratings, long satisfied, String percent,
			String averageIndicators) {
		assertThat(row.label()).isEqualTo(label);
		assertThat(row.ratings()).as("ratings of %s", label).isEqualTo(ratings);
		assertThat(row.satisfied()).as("satisfied of %s", label).isEqualTo(satisfied);
		assertThat(row.satisfiedPercent()).as("percent of %s", label).isEqualByComparingTo(percent);
		if (averageIndicators == null) {
			assertThat(row.averageIndicatorTotal()).isNull();
		}
		else {
			assertThat(row.averageIndicatorTotal()).as("indicators of %s", label)
				.isEqualByComparingTo(new BigDecimal(averageIndicators));
		}
	}
}
