package vn.motcua.reporting;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Times Biểu 06 for a province-year as the application computes it (ReportingManagement, the same
 * SQL built from ReportCell) beside a hand-written PostgreSQL query with FILTER clauses on the same
 * read model (with the same index on active_until: the best query on the same table and indexes):
 * eleven runs each, alternating, after one warm-up each; medians printed.
 * Arguments: JDBC URL, user, password, number of agencies, report year.
 */
public final class ReportTiming {

	public static void main(String[] args) {
		var dataSource = new DriverManagerDataSource(args[0], args[1], args[2]);
		JdbcClient jdbc = JdbcClient.create(dataSource);
		var messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/reporting");
		messages.setDefaultEncoding("UTF-8");
		// Biểu 06 reads only the read model: the service index calculator and the ratings are not needed
		var reporting = new ReportingManagement(jdbc, messages, Clock.systemDefaultZone(), null, null);
		int agencies = Integer.parseInt(args[3]);
		List<String> codes = new ArrayList<>();
		for (int agency = 0; agency < agencies; agency++) {
			codes.add("000.00.%02d.H55".formatted(31 + agency));
		}
		ReportPeriod year = ReportPeriod.of(ReportPeriod.Preset.YEAR, Integer.parseInt(args[4]), 1);
		long stored = jdbc.sql("SELECT COUNT(*) FROM report_dossier").query(Long.class).single();
		long[] report = new long[1];
		Supplier<Object> bieu06 = () -> {
			ProcedureHandlingReport result = reporting.procedureHandling(codes, year, Locale.forLanguageTag("vi"));
			report[0] = result.total().received();
			if (!result.total().reconciles()) {
				throw new IllegalStateException("The report does not reconcile: " + result.total());
			}
			return result;
		};
		long[] hand = new long[1];
		Supplier<Object> handWritten = () -> {
			List<Long> received = jdbc.sql("""
					SELECT sector_code, count(*) AS received,
					  count(*) FILTER (WHERE received_at >= :start AND channel = 'ONLINE') AS online,
					  count(*) FILTER (WHERE received_at >= :start AND channel <> 'ONLINE') AS direct,
					  count(*) FILTER (WHERE received_at < :start) AS carried,
					  count(*) FILTER (WHERE ended_at < :cut) AS resolved,
					  count(*) FILTER (WHERE ended_at < :cut AND final_class = 'EARLY') AS early,
					  count(*) FILTER (WHERE ended_at < :cut AND final_class = 'ON_TIME') AS on_time,
					  count(*) FILTER (WHERE ended_at < :cut AND final_class = 'LATE') AS late,
					  count(*) FILTER (WHERE ended_at IS NULL OR ended_at >= :cut) AS open,
					  count(*) FILTER (WHERE (ended_at IS NULL OR ended_at >= :cut) AND (supplement_requests > 1
					    OR (paused_since < :cut AND paused_since > due_at)
					    OR ((paused_since IS NULL OR paused_since >= :cut) AND due_at < :cut))) AS overdue,
					  count(*) FILTER (WHERE ended_at < :cut AND ending = 'WITHDRAWN') AS withdrawn,
					  count(*) FILTER (WHERE ended_at < :cut AND ending = 'REFUSED') AS refused,
					  count(*) FILTER (WHERE ended_at < :cut AND ending = 'STOPPED') AS stopped
					FROM report_dossier
					WHERE agency_code IN (:agencies) AND received_at < :cut AND active_until >= :start
					GROUP BY sector_code ORDER BY sector_code
					""").param("agencies", codes).param("start", year.start()).param("cut", year.cutOff())
				.query((rs, row) -> rs.getLong("received")).list();
			hand[0] = received.stream().mapToLong(Long::longValue).sum();
			return received;
		};
		long[][] times = alternate(bieu06, handWritten);
		long reportMs = times[0][times[0].length / 2];
		long handMs = times[1][times[1].length / 2];
		if (hand[0] != report[0]) {
			throw new IllegalStateException("Hand-written SQL counts " + hand[0] + ", the report " + report[0]);
		}
		System.out.printf("%,d dossiers stored; Biểu 06 %s, %d agencies: %,d received; report %d ms, hand-written SQL %d ms"
				+ " (ratio %.2f)%n", stored, year, agencies, report[0], reportMs, handMs, (double) reportMs / handMs);
		System.out.println("RESULT stored=" + stored + " report_ms=" + reportMs + " sql_ms=" + handMs);
	}

	/** Runs both once to warm up, then each eleven times in turn (so that a disturbance hits both); sorted times. */
	private static long[][] alternate(Supplier<?> first, Supplier<?> second) {
		first.get();
		second.get();
		long[][] times = new long[2][11];
		for (int i = 0; i < times[0].length; i++) {
			times[0][i] = timed(first);
			times[1][i] = timed(second);
		}
		Arrays.sort(times[0]);
		Arrays.sort(times[1]);
		return times;
	}

	private static long timed(Supplier<?> run) {
		long start = System.nanoTime();
		run.get();
		return (System.nanoTime() - start) / 1_000_000;
	}

	private ReportTiming() {
	}

}
