package vn.motcua.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.testing.MutableClock;
import vn.motcua.testing.StatementLog;
import vn.motcua.testing.TestLayers;
import vn.motcua.testing.WebTest;

/**
 * The audit trail's filtered pages read an actor's, a record's, a record type's or an action's entries, or a
 * period's, from an index when they are few or none (in their order, or sorting the few): never a walk of the trail
 * backwards from its newest entry, which for a mistyped actor lasted the whole table long (for a busy
 * actor that walk is what PostgreSQL rightly prefers, as it stops after a few pages of the trail).
 * The trail gets 300,000 synthetic entries of 30 busy actors and a rare one within a transaction that
 * is rolled back (the trail is append-only: on PostgreSQL a trigger refuses deletes), statistics are
 * refreshed within it, and each page's queries, as the application runs them, are explained. A count
 * of matches stops after {@link AuditTrail#MOST_COUNTED}, where it read every match's index entry.
 * PostgreSQL only.
 */
@WebTest
@Tag(TestLayers.POSTGRESQL_ONLY)
@Import(MutableClock.Configuration.class)
class AuditQueryPlanTests {

	/** Also read, entry by distinct entry, for the stored spellings of a record type typed in any case. */
	static final String RECORD_TYPE_INDEX = "audit_entry_by_record_type_sequence_idx";
	/** Also read, entry by distinct entry, for the actions the filter offers. */
	static final String ACTION_INDEX = "audit_entry_by_action_sequence_idx";

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	TransactionTemplate transactions;

	/**
	 * One synthetic trail for the three checks: each of its 300,000 rows and their statistics took some
	 * twenty seconds on a CI machine.
	 */
	@Test
	void pagesActionsAndCountsAreReadFromTheirIndexes() {
		withSyntheticTrail(connection -> {
			aFilteredPageIsReadFromItsIndexInOrder(connection);
			theKnownActionsAreReadFromTheirIndex(connection);
			aCountStopsAfterTheMostAPageCounts(connection);
			aBoardsPageIsReadInOrderWithoutReadingTheTrail(connection);
		});
	}

	private void aFilteredPageIsReadFromItsIndexInOrder(Connection connection) {
		Map<AuditFilter, String> pages = new LinkedHashMap<>();
		pages.put(new AuditFilter(null, null, "plan-probe-rare", null, null, null), "audit_entry_by_actor_sequence_idx");
		pages.put(new AuditFilter(null, null, "plan-probe-nobody", null, null, null), "audit_entry_by_actor_sequence_idx");
		pages.put(new AuditFilter(null, "PP-123", null, null, null, null), "audit_entry_by_record_id_sequence_idx");
		pages.put(new AuditFilter("PlanProbe", "PP-123", null, null, null, null), "audit_entry_by_record_id_sequence_idx");
		pages.put(new AuditFilter("PlanProbeRare", null, null, null, null, null), RECORD_TYPE_INDEX);
		pages.put(new AuditFilter(null, null, null, null, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 7)),
				"audit_entry_by_occurred_at_idx");
		// as officers type them, in another case than the stored values (an actor and an action are lower-cased by the filter)
		pages.put(new AuditFilter(null, "pp-123", null, null, null, null), "audit_entry_by_record_id_sequence_idx");
		pages.put(new AuditFilter("planproberare", null, null, null, null, null), RECORD_TYPE_INDEX);
		pages.put(new AuditFilter(null, null, null, "plan.probe.rare", null, null), ACTION_INDEX);
		pages.put(new AuditFilter(null, null, null, "Plan.Probe.Nothing", null, null), ACTION_INDEX);

		pages.forEach((filter, index) -> {
			List<StatementLog.Executed> queries = queriesOfAFirstPage(filter);
			assertThat(queries).as("%s: the record types it names, the page and its count", filter)
				.hasSize(filter.recordType() == null ? 2 : 3);
			for (StatementLog.Executed query : queries) {
				String plan = StatementLog.explain(connection, query);
				assertThat(plan).as("%s\n%s", query.sql(), plan)
					.contains(query.sql().contains("WITH RECURSIVE") ? RECORD_TYPE_INDEX : index)
					.doesNotContain("audit_entry_pkey").doesNotContain("Seq Scan on audit_entry");
			}
		});
		assertThat(trail.entries(new AuditFilter(null, "pp-123", null, null, null, null), AuditScope.wholeTrail(), 0,
				50).totalElements()).isEqualTo(12);
		assertThat(trail.entries(new AuditFilter("planproberare", null, null, null, null, null),
				AuditScope.wholeTrail(), 0, 50).totalElements()).isEqualTo(300);
		assertThat(trail.entries(new AuditFilter(null, null, null, "PLAN.PROBE.RARE", null, null),
				AuditScope.wholeTrail(), 0, 50).totalElements()).isEqualTo(43);
	}

	/** The actions the filter offers are read from their index, one entry per action, never the trail. */
	private void theKnownActionsAreReadFromTheirIndex(Connection connection) {
		List<StatementLog.Executed> lookUp = StatementLog.record(() -> assertThat(trail.actions())
			.contains("plan.probe.rare", "changed")).stream()
			.filter(statement -> statement.sql().contains("FROM audit_entry")).toList();
		assertThat(lookUp).as("one statement").hasSize(1);
		String plan = StatementLog.explain(connection, lookUp.get(0));
		assertThat(plan).as(plan).contains(ACTION_INDEX).doesNotContain("Seq Scan on audit_entry");
	}

	/** A record type of nearly all 300,000 entries: its count stops after the most a page counts. */
	private void aCountStopsAfterTheMostAPageCounts(Connection connection) {
		StatementLog.Executed count = queriesOfAFirstPage(new AuditFilter("PlanProbe", null, null, null, null, null))
			.stream().filter(query -> query.sql().contains("COUNT(")).findFirst().orElseThrow();
		String plan = StatementLog.explainAnalyze(connection, count);
		assertThat(Pattern.compile("actual rows=(\\d+)").matcher(plan).results()
			.mapToLong(row -> Long.parseLong(row.group(1))).max().orElseThrow())
			.as(plan).isEqualTo(AuditTrail.MOST_COUNTED + 1L);
	}

	/**
	 * Decision 0051: a small agency's board reads its page from the index on its agency, in order; the home
	 * agency's board, whose entries with those of no agency are most of the trail, reads no more of it than
	 * a page and its count need, whatever the plan.
	 */
	private void aBoardsPageIsReadInOrderWithoutReadingTheTrail(Connection connection) {
		AuditScope smallAgency = AuditScope.ofAgencies(Set.of("PLAN.SMALL"), false);
		for (StatementLog.Executed query : queriesOfAFirstPage(AuditFilter.none(), smallAgency)) {
			String plan = StatementLog.explain(connection, query);
			assertThat(plan).as("%s\n%s", query.sql(), plan).contains("audit_entry_by_agency_sequence_idx")
				.doesNotContain("Seq Scan on audit_entry").doesNotContain("Sort");
		}
		AuditScope homeBoard = AuditScope.ofAgencies(Set.of("PLAN.HOME"), true);
		for (StatementLog.Executed query : queriesOfAFirstPage(AuditFilter.none(), homeBoard)) {
			String plan = StatementLog.explainAnalyze(connection, query);
			assertThat(plan).as("%s\n%s", query.sql(), plan).doesNotContain("Sort");
			assertThat(Pattern.compile("actual rows=(\\d+)").matcher(plan).results()
				.mapToLong(row -> Long.parseLong(row.group(1))).max().orElseThrow())
				.as("rows read for %s\n%s", query.sql(), plan).isLessThanOrEqualTo(AuditTrail.MOST_COUNTED + 1L);
		}
		assertThat(trail.entries(AuditFilter.none(), smallAgency, 0, 50).totalElements()).isEqualTo(600);
	}

	private List<StatementLog.Executed> queriesOfAFirstPage(AuditFilter filter) {
		return queriesOfAFirstPage(filter, AuditScope.wholeTrail());
	}

	private List<StatementLog.Executed> queriesOfAFirstPage(AuditFilter filter, AuditScope scope) {
		return StatementLog.record(() -> trail.entries(filter, scope, 0, 50))
			.stream().filter(statement -> statement.sql().contains("FROM audit_entry")).toList();
	}

	private void withSyntheticTrail(Consumer<Connection> explain) {
		transactions.executeWithoutResult(status -> {
			status.setRollbackOnly();
			jdbc.sql("""
					INSERT INTO audit_entry (sequence_number, id, occurred_at, recorded_at, actor, action, record_type,
					       record_id, summary, previous_hash, hash, agency_code)
					SELECT 1000000000000 + n, gen_random_uuid(), TIMESTAMPTZ '2025-01-01' + n * INTERVAL '1 minute',
					       TIMESTAMPTZ '2025-01-01' + n * INTERVAL '1 minute', CASE WHEN n % 10000 = 5 THEN 'plan-probe-rare'
					       ELSE 'plan-probe-' || (n % 30) END, CASE WHEN n % 7000 = 3 THEN 'plan.probe.rare' ELSE 'changed' END,
					       CASE WHEN n % 1000 = 0 THEN 'PlanProbeRare' ELSE 'PlanProbe' END, 'PP-' || (n / 12),
					       'synthetic', repeat('0', 64), repeat('0', 64),
					       CASE WHEN n % 500 = 7 THEN 'PLAN.SMALL' WHEN n % 3 = 0 THEN NULL ELSE 'PLAN.HOME' END
					FROM generate_series(1, 300000) AS n""").update();
			jdbc.sql("ANALYZE audit_entry").update();
			explain.accept(DataSourceUtils.getConnection(dataSource));
		});
	}
}
