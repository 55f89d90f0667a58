package vn.motcua.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.motcua.calendar.ProcessingTime;
import vn.motcua.calendar.Timeliness;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.ProcessingTimeUnit;
import vn.motcua.catalog.ApplicantKind;
import vn.motcua.catalog.CatalogManagement;
import vn.motcua.catalog.ChangeKind;
import vn.motcua.catalog.Channel;
import vn.motcua.catalog.Decision;
import vn.motcua.catalog.OnlineLevel;
import vn.motcua.catalog.ProcedureContent;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.catalog.ProcessStep;
import vn.motcua.catalog.RequiredDocument;
import vn.motcua.catalog.VersionStatus;
import vn.motcua.dossier.DossierFacts;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.identity.Role;
import vn.motcua.reporting.internal.ReportDossiers;
import vn.motcua.shared.VietnamTime;
import vn.motcua.testing.WebTest;

/**
 * The service index on a fixture whose answer was worked out by hand: an agency of its own (so no
 * other test's records count) with four procedures and ten dossiers. The expected points are written
 * out below with their arithmetic; the scoring rule is legal-rules §5 (R ≥ T: full points, else
 * R × Pmax / T; no target: R × Pmax), each sub-criterion rounded to two decimals.
 */
@WebTest
class ServiceIndexFixtureTests {

	@Autowired
	ReportingManagement reporting;

	@Autowired
	CatalogManagement catalog;

	@Autowired
	ReportDossiers reportDossiers;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	JdbcTemplate jdbc;

	final String agency = "000.00." + ThreadLocalRandom.current().nextInt(100, 999) + ".T"
			+ ThreadLocalRandom.current().nextInt(10_000, 99_999);
	final LocalDate today = LocalDate.now(VietnamTime.ZONE);

	/**
	 * The fixture's rows have no dossier behind them: left in the shared database they would be rows a
	 * rebuild never reaches (a test that picks "a row" could pick one).
	 */
	@AfterEach
	void removeTheFixturesRows() {
		jdbc.update("DELETE FROM report_dossier WHERE agency_code = ?", agency);
	}

	@Test
	void givesTheHandComputedAnswer() {
		// Catalogue. 1.1 counts decisions dated in the period; 1.3 and 3.1 the procedures in force at its end.
		// Gaps of 37 and 35 calendar days hold at least 5 working days even across Tết; 1 day never does.
		announce("Thủ tục A", OnlineLevel.FULL, today.minusDays(35), today.plusDays(2)); // on time, online
		announce("Thủ tục B", OnlineLevel.PARTIAL, today.minusDays(5), today.plusDays(30)); // on time, online
		announce("Thủ tục C", OnlineLevel.NONE, today, today.plusDays(1)); // late, at the desk only
		announce("Thủ tục D", OnlineLevel.NONE, today.minusDays(50), today.plusDays(3)); // decided before the period
		ReportPeriod period = new ReportPeriod(today.minusDays(40), today.plusDays(60));

		// Dossiers, all received in the period: resolved early ×4, on time ×1, late ×1 (all with a result),
		// withdrawn ×1 (on time, no result); open within the deadline ×2, open overdue ×1.
		LocalDateTime received = today.minusDays(10).atTime(9, 0);
		LocalDateTime ended = today.minusDays(2).atTime(10, 0);
		LocalDateTime due = today.plusDays(90).atTime(17, 0); // after the period's cut-off: within the deadline
		for (int i = 0; i < 4; i++) {
			dossier(received, due, ended, "PROCESSED", "EARLY", true, true);
		}
		dossier(received, due, ended, "PROCESSED", "ON_TIME", true, false);
		dossier(received, due, ended, "PROCESSED", "LATE", false, true);
		dossier(received, due, ended, "WITHDRAWN", "ON_TIME", false, true);
		dossier(received, due, null, null, null, false, true);
		dossier(received, due, null, null, null, false, false);
		dossier(received, today.minusDays(1).atTime(17, 0), null, null, null, false, true);

		ServiceIndex index = reporting.serviceIndex(agency, period, Locale.forLanguageTag("vi"));
		Map<String, ServiceIndex.SubCriterion> criteria = new HashMap<>();
		index.groups().forEach(group -> group.subCriteria().forEach(c -> criteria.put(c.code(), c)));

		// 1.1: 2 of the 3 decisions in the period on time; no target → 2/3 × 6 = 4.00
		assertCriterion(criteria.get("1.1"), 2, 3, "4.00");
		// 1.3: the 4 procedures in force all publish their 7 components → 2.00
		assertCriterion(criteria.get("1.3"), 4, 4, "2.00");
		// 3.1: 2 of 4 offered online = 50 % < 80 % → 0.5 × 6 / 0.8 = 3.75
		assertCriterion(criteria.get("3.1"), 2, 4, "3.75");
		// 2.1: (early 4 + on time 2 + open within the deadline 2) / received 10; no target → 0.8 × 20 = 16.00
		assertCriterion(criteria.get("2.1"), 8, 10, "16.00");
		// 4.1: 5 electronic results of 6 results issued (the withdrawal has none); no target → 5/6 × 6 = 5.00
		assertCriterion(criteria.get("4.1"), 5, 6, "5.00");
		// 4.2: 4 with a digitized component and an electronic result of 6 = 66.67 % < 80 % → 4/6 × 4 / 0.8 = 3.33
		assertCriterion(criteria.get("4.2"), 4, 6, "3.33");
		// 5.4: 10 − 1 resolved late − 1 open overdue − 0 dissatisfied = 8/10 = 80 % < 90 % → 0.8 × 6 / 0.9 = 5.33
		assertCriterion(criteria.get("5.4"), 8, 10, "5.33");
		// 5.2 and 5.3: no petitions to this agency, so nothing to measure
		assertThat(criteria.get("5.2").status()).isEqualTo(ServiceIndex.Status.NOT_MEASURABLE);
		assertThat(criteria.get("5.3").status()).isEqualTo(ServiceIndex.Status.NOT_MEASURABLE);
		// groups: 1 = 4.00 + 2.00; 2 = 16.00; 3 = 3.75; 4 = 5.00 + 3.33; 5 = 5.33
		assertThat(groupPoints(index)).containsEntry("1", new BigDecimal("6.00")).containsEntry("2", new BigDecimal("16.00"))
			.containsEntry("3", new BigDecimal("3.75")).containsEntry("payment", new BigDecimal("0.00"))
			.containsEntry("4", new BigDecimal("8.33")).containsEntry("5", new BigDecimal("5.33"));
		assertThat(index.total()).isEqualByComparingTo("39.41");
		// measured: 1.1 6 + 1.3 2 + 2.1 20 + 2.2 0 + 3.1 6 + 4.1 6 + 4.2 4 + 5.4 6
		assertThat(index.measurablePoints()).isEqualByComparingTo("50");
	}

	@Test
	void aVersionAnnouncedExactlyTheLeadTimeAheadIsOnTimeAndOneDayLessIsNot() {
		// 2026-02-10 → 2026-02-24 holds 5 working days across Tết 2026 (10, 11, 12, 13, 23 February)
		LocalDate effective = LocalDate.of(2026, 2, 24);
		List<CatalogueCriteria.Ratios> ratios = List.of(LocalDate.of(2026, 2, 10), LocalDate.of(2026, 2, 11)).stream()
			.map(decided -> onTimeOf(decided, effective))
			.toList();
		assertThat(ratios.get(0).announcedOnTime()).isEqualTo(new IndexRatio(1, 1));
		assertThat(ratios.get(1).announcedOnTime()).isEqualTo(new IndexRatio(0, 1));
	}

	private CatalogueCriteria.Ratios onTimeOf(LocalDate decided, LocalDate effective) {
		ProcedureVersion version = new ProcedureVersion(UUID.randomUUID(), "9.1", 1, VersionStatus.ANNOUNCED, ChangeKind.ANNOUNCE,
				new Decision("1/QĐ-UBND", decided, "Chủ tịch"), effective, content("X", OnlineLevel.NONE));
		CatalogManagement oneVersion = mock(CatalogManagement.class);
		when(oneVersion.announcedVersions(agency)).thenReturn(List.of(version));
		return new CatalogueCriteria(oneVersion, calendar).measure(agency,
				new ReportPeriod(decided.minusDays(1), effective), 5);
	}

	private void announce(String name, OnlineLevel level, LocalDate decided, LocalDate effective) {
		String code = "9." + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L) + ".T55";
		ProcedureVersion draft = catalog.createDraft(code, content(name, level));
		catalog.announce(draft.id(), ChangeKind.ANNOUNCE, new Decision("1/QĐ-UBND (kiểm thử)", decided, "Chủ tịch UBND tỉnh"),
				effective);
	}

	private ProcedureContent content(String name, OnlineLevel level) {
		List<Channel> channels = level == OnlineLevel.NONE ? List.of(Channel.COUNTER)
				: List.of(Channel.ONLINE, Channel.COUNTER);
		return new ProcedureContent(name, "XANG_DAU", agency, List.of(ApplicantKind.BUSINESS), channels, level,
				new ProcessingTime(BigDecimal.TEN, ProcessingTimeUnit.WORKING_DAYS), null, false, "Bộ phận Một cửa", "",
				List.of(new RequiredDocument("Đơn đề nghị", 1, 0, 0, true, null)), List.of(), "Giấy phép", true,
				"Nghị định (kiểm thử)",
				List.of(new ProcessStep("Tiếp nhận", Role.RECEPTION_OFFICER, null, new BigDecimal("0.5")),
						new ProcessStep("Thẩm định", Role.SPECIALIST, null, new BigDecimal("9.5"))));
	}

	/** One dossier's facts, stored in the read model as the dossier module would hand them over. */
	private void dossier(LocalDateTime received, LocalDateTime due, @Nullable LocalDateTime ended,
			@Nullable String ending, @Nullable String finalClass, boolean electronicResult, boolean digitized) {
		DossierStatus status = ended == null ? DossierStatus.IN_PROGRESS
				: "WITHDRAWN".equals(ending) ? DossierStatus.WITHDRAWN : DossierStatus.RETURNED;
		UUID id = UUID.randomUUID();
		reportDossiers.store(new DossierFacts(id, 1, agency + "-" + id, agency, "9.1", UUID.randomUUID(), "Thủ tục",
				Channel.ONLINE, status, instant(received), instant(received), due, ended == null ? null : instant(ended),
				finalClass == null ? null : Timeliness.valueOf(finalClass), null, 0, false, null, null, null, null, null,
				electronicResult, digitized));
	}

	private static Instant instant(LocalDateTime local) {
		return local.atZone(VietnamTime.ZONE).toInstant();
	}

	private static void assertCriterion(ServiceIndex.SubCriterion criterion, long numerator, long denominator,
			String points) {
		assertThat(criterion.status()).as(criterion.code()).isEqualTo(ServiceIndex.Status.MEASURED);
		assertThat(criterion.numerator()).as(criterion.code()).isEqualTo(numerator);
		assertThat(criterion.denominator()).as(criterion.code()).isEqualTo(denominator);
		assertThat(criterion.points()).as(criterion.code()).isEqualByComparingTo(points);
	}

	private static Map<String, BigDecimal> groupPoints(ServiceIndex index) {
		Map<String, BigDecimal> points = new HashMap<>();
		index.groups().forEach(group -> points.put(group.code(), group.points()));
		return points;
	}
}
