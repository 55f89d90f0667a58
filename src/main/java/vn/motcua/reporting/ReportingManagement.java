package vn.motcua.reporting;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.rating.Grouping;
import vn.motcua.rating.RatingManagement;
import vn.motcua.rating.SatisfactionQuery;
import vn.motcua.rating.SatisfactionReport;
import vn.motcua.rating.SatisfactionRow;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.ListPage;
import vn.motcua.shared.QueueCursor;
import vn.motcua.shared.VietnamTime;

/**
 * The reporting module's entry point: the statutory report on procedure handling (Biểu 06), the
 * dossiers behind each of its cells, and the dashboards, all from the read model.
 */
@Service
@Transactional(readOnly = true)
public class ReportingManagement {

	/** The classifications the law leaves open, in the order the report prints them. */
	static final List<String> CHOICES = List.of("reporting.choice.ended-count-resolved",
			"reporting.choice.not-received", "reporting.choice.waiting-documents", "reporting.choice.second-supplement",
			"reporting.choice.carried-over", "reporting.choice.post", "reporting.choice.as-known",
			"reporting.choice.co-agency");

	/** The columns of a dossier behind a cell. */
	private static final String CELL_COLUMNS = "SELECT r.code, r.procedure_name, r.sector_name, r.channel, r.status,"
			+ " r.received_at, r.due_at, r.ended_at, r.final_class";

	/** The open dossiers whose step is due before {@code :soon}: overdue, or due soon. */
	private static final String LATE = " FROM report_dossier r WHERE r.agency_code IN (:agencies)"
			+ " AND r.ended_at IS NULL AND r.step_due_at < :soon";

	private static final String LATE_COLUMNS = "SELECT r.code, r.procedure_name, r.sector_name, r.channel, r.status,"
			+ " r.received_at, r.step_due_at";

	/** Rows fetched at a time by an export: a few hundred kilobytes. */
	static final int EXPORT_FETCH_SIZE = 500;

	private final JdbcClient jdbc;
	private final MessageSource messages;
	private final Clock clock;
	private final ServiceIndexCalculator serviceIndex;
	private final RatingManagement ratings;

	ReportingManagement(JdbcClient jdbc, MessageSource messages, Clock clock, ServiceIndexCalculator serviceIndex,
			RatingManagement ratings) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.clock = clock;
		this.serviceIndex = serviceIndex;
		this.ratings = ratings;
	}

	/**
	 * The service index of Decision 766 for one agency and period; sub-criterion 2.1 is computed from this
	 * period's Biểu 06, so the two agree by construction.
	 */
	public ServiceIndex serviceIndex(String agencyCode, ReportPeriod period, Locale locale) {
		return serviceIndex.compute(agencyCode, period, procedureHandling(List.of(agencyCode), period, locale),
				digitization(agencyCode, period), locale);
	}

	/** Of column 7's dossiers that ended with a result (not withdrawn, refused or stopped): how digital they were. */
	private ServiceIndexCalculator.Digitization digitization(String agencyCode, ReportPeriod period) {
		return jdbc.sql("SELECT COUNT(*) AS issued,"
				+ " SUM(CASE WHEN r.electronic_result THEN 1 ELSE 0 END) AS electronic,"
				+ " SUM(CASE WHEN r.electronic_result AND r.digitized_components THEN 1 ELSE 0 END) AS digitized"
				+ " FROM report_dossier r WHERE " + ReportCell.POPULATION + " AND " + ReportCell.RESOLVED.predicate()
				+ " AND r.ending = 'PROCESSED'")
			.paramSource(parameters(List.of(agencyCode), period))
			.query((rs, index) -> new ServiceIndexCalculator.Digitization(rs.getLong("issued"),
					rs.getLong("electronic"), rs.getLong("digitized")))
			.single();
	}

	/**
	 * Satisfaction per {@code by} (sector, procedure, unit, officer…) of the ratings given in the period,
	 * from the rating module: the same figures its own statistics show.
	 */
	public SatisfactionReport satisfaction(String agencyCode, ReportPeriod period, Grouping by) {
		return ratings.satisfaction(new SatisfactionQuery(agencyCode, period.from(), period.to(), by, null));
	}

	/** Biểu 06 for the agencies (their dossiers summed) and the period, one row per sector and the total. */
	public ProcedureHandlingReport procedureHandling(List<String> agencies, ReportPeriod period, Locale locale) {
		StringBuilder sums = new StringBuilder();
		for (ReportCell cell : ReportCell.values()) {
			sums.append(", SUM(CASE WHEN ").append(cell.predicate()).append(" THEN 1 ELSE 0 END) AS c_")
				.append(cell.name().toLowerCase(Locale.ROOT));
		}
		String sql = "SELECT r.sector_code, r.sector_name, MIN(r.sector_position) AS sector_position" + sums
				+ ", SUM(CASE WHEN " + ReportCell.RESOLVED.predicate()
				+ " THEN COALESCE(r.elapsed_minutes, 0) ELSE 0 END) AS minutes"
				+ " FROM report_dossier r WHERE " + ReportCell.POPULATION
				+ " GROUP BY r.sector_code, r.sector_name ORDER BY sector_position, r.sector_code";
		List<ReportRow> rows = jdbc.sql(sql).paramSource(parameters(agencies, period)).query((rs, index) -> {
			Map<ReportCell, Long> counts = new EnumMap<>(ReportCell.class);
			for (ReportCell cell : ReportCell.values()) {
				counts.put(cell, rs.getLong("c_" + cell.name().toLowerCase(Locale.ROOT)));
			}
			return ReportRow.of(rs.getString("sector_code"), rs.getString("sector_name"), counts, rs.getLong("minutes"));
		}).list();
		ReportRow total = ReportRow.total(messages.getMessage("reporting.total", null, locale), rows);
		List<ProcedureHandlingReport.Choice> choices = CHOICES.stream()
			.map(key -> new ProcedureHandlingReport.Choice(key, messages.getMessage(key, null, locale)))
			.toList();
		return new ProcedureHandlingReport(List.copyOf(agencies), period, rows, total, choices);
	}

	/**
	 * A page of the dossiers behind one cell of the report (a sector's, or the total's when
	 * {@code sectorCode} is null), by time received, starting after {@code after} (from the first when
	 * null); the page's total is the cell's figure, counted by the same condition.
	 *
	 * @throws vn.motcua.shared.InvalidRequestException when {@code size} is not between 1 and
	 *         {@link ListPage#MAX_SIZE}
	 */
	public ListPage<CellDossier> cell(List<String> agencies, ReportPeriod period, ReportCell cell,
			@Nullable String sectorCode, @Nullable QueueCursor after, int size) {
		requireSize(size);
		MapSqlParameterSource parameters = parameters(agencies, period).addValue("sector", sectorCode)
			.addValue("rows", size + 1);
		String behind = behind(cell, sectorCode);
		List<CellDossier> read = jdbc.sql(CELL_COLUMNS + behind
				+ (after == null ? "" : " AND " + after.afterLocal("r.received_at", "r.code", false, parameters))
				+ " ORDER BY r.received_at, r.code FETCH FIRST :rows ROWS ONLY")
			.paramSource(parameters)
			.query((rs, index) -> cellDossier(rs))
			.list();
		long total = jdbc.sql("SELECT COUNT(*)" + behind).paramSource(parameters).query(Long.class).single();
		return ListPage.cut(read, size, last -> new QueueCursor(last.receivedAt(), last.code()), total);
	}

	/**
	 * Every dossier behind one cell, by time received, handed to {@code each} as it is read
	 * ({@value #EXPORT_FETCH_SIZE} rows a fetch; PostgreSQL streams only within this read-only
	 * transaction): the export of a figure's dossiers, as many lines as the figure.
	 */
	public void eachInCell(List<String> agencies, ReportPeriod period, ReportCell cell, @Nullable String sectorCode,
			Consumer<CellDossier> each) {
		jdbc.sql(CELL_COLUMNS + behind(cell, sectorCode) + " ORDER BY r.received_at, r.code")
			.paramSource(parameters(agencies, period).addValue("sector", sectorCode))
			.withFetchSize(EXPORT_FETCH_SIZE)
			.query((RowCallbackHandler) rs -> each.accept(cellDossier(rs)));
	}

	/** The rows behind a cell, for a SELECT or a COUNT. */
	private static String behind(ReportCell cell, @Nullable String sectorCode) {
		return " FROM report_dossier r WHERE " + ReportCell.POPULATION + " AND " + cell.predicate()
				+ (sectorCode == null ? "" : " AND r.sector_code = :sector");
	}

	private static CellDossier cellDossier(ResultSet rs) throws SQLException {
		return new CellDossier(rs.getString("code"), rs.getString("procedure_name"), rs.getString("sector_name"),
				rs.getString("channel"), rs.getString("status"), rs.getTimestamp("received_at").toLocalDateTime(),
				time(rs.getTimestamp("due_at")), time(rs.getTimestamp("ended_at")), rs.getString("final_class"));
	}

	/**
	 * The satisfied share per sector code of the ratings given in the period, summed over the agencies,
	 * with the total under {@link #ALL_SECTORS}: counts only, nothing about any person.
	 */
	public Map<String, Satisfaction> satisfactionBySector(List<String> agencies, ReportPeriod period) {
		Map<String, Satisfaction> bySector = new HashMap<>();
		for (String agency : agencies) {
			SatisfactionReport report = satisfaction(agency, period, Grouping.SECTOR);
			for (SatisfactionRow row : report.rows()) {
				bySector.merge(row.key(), new Satisfaction(row.ratings(), row.satisfied()), Satisfaction::plus);
			}
			bySector.merge(ALL_SECTORS, new Satisfaction(report.total().ratings(), report.total().satisfied()),
					Satisfaction::plus);
		}
		return bySector;
	}

	/** The key of the total in {@link #satisfactionBySector}. */
	public static final String ALL_SECTORS = "*";

	/** Ratings and satisfied ratings of a group. */
	public record Satisfaction(long ratings, long satisfied) {

		Satisfaction plus(Satisfaction other) {
			return new Satisfaction(ratings + other.ratings, satisfied + other.satisfied);
		}

		/** The share satisfied, computed as everywhere else ({@link vn.motcua.rating.SatisfactionRow#percent}). */
		public @Nullable BigDecimal percent() {
			return SatisfactionRow.percent(satisfied, ratings);
		}
	}

	/**
	 * Open dossiers at a step that is overdue or due within {@code dueSoonHours} hours, counted by the
	 * step's unit and holder: the leaders' view of where work is stuck.
	 */
	public List<OpenWork> openWork(List<String> agencies, int dueSoonHours) {
		LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), VietnamTime.ZONE);
		return jdbc.sql("""
				SELECT r.step_unit_id, r.step_holder_id, r.step_role,
				  SUM(CASE WHEN r.step_due_at < :now THEN 1 ELSE 0 END) AS overdue,
				  SUM(CASE WHEN r.step_due_at >= :now AND r.step_due_at < :soon THEN 1 ELSE 0 END) AS due_soon,
				  COUNT(*) AS open_count
				FROM report_dossier r
				WHERE r.agency_code IN (:agencies) AND r.ended_at IS NULL AND r.step_due_at IS NOT NULL
				GROUP BY r.step_unit_id, r.step_holder_id, r.step_role
				ORDER BY overdue DESC, due_soon DESC
				""")
			.param("agencies", agencies).param("now", now).param("soon", now.plusHours(dueSoonHours))
			.query((rs, index) -> new OpenWork(rs.getObject("step_unit_id", UUID.class),
					rs.getObject("step_holder_id", UUID.class), rs.getString("step_role"), rs.getLong("overdue"),
					rs.getLong("due_soon"), rs.getLong("open_count")))
			.list();
	}

	/**
	 * A page of the open dossiers whose step is overdue or due within {@code dueSoonHours} hours, the
	 * soonest due first, starting after {@code after} (from the first when null): the list behind
	 * {@link #openWork}, whose overdue and due-soon figures add up to the page's total.
	 *
	 * @throws vn.motcua.shared.InvalidRequestException when {@code size} is not between 1 and
	 *         {@link ListPage#MAX_SIZE}
	 */
	public ListPage<CellDossier> overdueAndDueSoon(List<String> agencies, int dueSoonHours,
			@Nullable QueueCursor after, int size) {
		requireSize(size);
		MapSqlParameterSource parameters = lateParameters(agencies, dueSoonHours).addValue("rows", size + 1);
		List<CellDossier> read = jdbc.sql(LATE_COLUMNS + LATE
				+ (after == null ? "" : " AND " + after.afterLocal("r.step_due_at", "r.code", false, parameters))
				+ " ORDER BY r.step_due_at, r.code FETCH FIRST :rows ROWS ONLY")
			.paramSource(parameters)
			.query((rs, index) -> lateDossier(rs))
			.list();
		long total = jdbc.sql("SELECT COUNT(*)" + LATE).paramSource(parameters).query(Long.class).single();
		return ListPage.cut(read, size, last -> new QueueCursor(last.dueAt(), last.code()), total);
	}

	/**
	 * Every open dossier whose step is overdue or due within {@code dueSoonHours} hours, the soonest due
	 * first, handed to {@code each} as it is read: the export of {@link #overdueAndDueSoon}'s list.
	 */
	public void eachOverdueAndDueSoon(List<String> agencies, int dueSoonHours, Consumer<CellDossier> each) {
		jdbc.sql(LATE_COLUMNS + LATE + " ORDER BY r.step_due_at, r.code")
			.paramSource(lateParameters(agencies, dueSoonHours))
			.withFetchSize(EXPORT_FETCH_SIZE)
			.query((RowCallbackHandler) rs -> each.accept(lateDossier(rs)));
	}

	private MapSqlParameterSource lateParameters(List<String> agencies, int dueSoonHours) {
		LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), VietnamTime.ZONE);
		return new MapSqlParameterSource("agencies", agencies).addValue("soon", now.plusHours(dueSoonHours));
	}

	private static CellDossier lateDossier(ResultSet rs) throws SQLException {
		return new CellDossier(rs.getString("code"), rs.getString("procedure_name"), rs.getString("sector_name"),
				rs.getString("channel"), rs.getString("status"), rs.getTimestamp("received_at").toLocalDateTime(),
				time(rs.getTimestamp("step_due_at")), null, null);
	}

	private static void requireSize(int size) {
		if (size < 1 || size > ListPage.MAX_SIZE) {
			throw new InvalidRequestException("reporting.page.bad-size", ListPage.MAX_SIZE);
		}
	}

	/**
	 * Month by month (calendar months, as the national monitoring counts), the dossiers received and
	 * resolved and how many of those were resolved early or on time, for the last {@code months}.
	 */
	public List<MonthTrend> trends(List<String> agencies, int months) {
		LocalDate today = LocalDate.ofInstant(clock.instant(), VietnamTime.ZONE);
		LocalDate first = today.withDayOfMonth(1).minusMonths(months - 1L);
		Map<String, long[]> byMonth = new LinkedHashMap<>();
		for (int i = 0; i < months; i++) {
			byMonth.put(first.plusMonths(i).toString().substring(0, 7), new long[3]);
		}
		var parameters = new MapSqlParameterSource().addValue("agencies", agencies)
			.addValue("first", first.atStartOfDay());
		jdbc.sql("""
				SELECT EXTRACT(YEAR FROM received_at) AS y, EXTRACT(MONTH FROM received_at) AS m, COUNT(*) AS n
				FROM report_dossier WHERE agency_code IN (:agencies) AND received_at >= :first
				GROUP BY EXTRACT(YEAR FROM received_at), EXTRACT(MONTH FROM received_at)
				""").paramSource(parameters).query(rs -> {
			add(byMonth, rs.getInt("y"), rs.getInt("m"), 0, rs.getLong("n"));
		});
		jdbc.sql("""
				SELECT EXTRACT(YEAR FROM ended_at) AS y, EXTRACT(MONTH FROM ended_at) AS m, COUNT(*) AS n,
				  SUM(CASE WHEN final_class IN ('EARLY', 'ON_TIME') THEN 1 ELSE 0 END) AS kept
				FROM report_dossier WHERE agency_code IN (:agencies) AND received_at IS NOT NULL AND ended_at >= :first
				GROUP BY EXTRACT(YEAR FROM ended_at), EXTRACT(MONTH FROM ended_at)
				""").paramSource(parameters).query(rs -> {
			add(byMonth, rs.getInt("y"), rs.getInt("m"), 1, rs.getLong("n"));
			add(byMonth, rs.getInt("y"), rs.getInt("m"), 2, rs.getLong("kept"));
		});
		List<MonthTrend> trends = new ArrayList<>();
		byMonth.forEach((month, counts) -> trends.add(new MonthTrend(month, counts[0], counts[1], counts[2])));
		return trends;
	}

	private static void add(Map<String, long[]> byMonth, int year, int month, int index, long count) {
		long[] counts = byMonth.get("%04d-%02d".formatted(year, month));
		if (counts != null) {
			counts[index] += count;
		}
	}

	private static MapSqlParameterSource parameters(List<String> agencies, ReportPeriod period) {
		if (agencies.isEmpty()) {
			throw new InvalidRequestException("reporting.agency.required");
		}
		return new MapSqlParameterSource().addValue("agencies", agencies).addValue("start", period.start())
			.addValue("cutOff", period.cutOff());
	}

	private static @Nullable LocalDateTime time(java.sql.@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toLocalDateTime();
	}

	/** Open work at one unit and holder (null: any holder of the role), with what is overdue and due soon. */
	public record OpenWork(@Nullable UUID unitId, @Nullable UUID holderAccountId, @Nullable String role, long overdue,
			long dueSoon, long open) {
	}

	/** One calendar month: received, resolved, and resolved early or on time. */
	public record MonthTrend(String month, long received, long resolved, long resolvedInTime) {

		/** The share resolved early or on time, in per cent, or null when none was resolved. */
		public @Nullable Double inTimeShare() {
			return resolved == 0 ? null : Math.round(resolvedInTime * 1000.0 / resolved) / 10.0;
		}
	}
}
