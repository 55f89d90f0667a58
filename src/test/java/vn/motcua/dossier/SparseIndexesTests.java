package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.testing.IndexPredicates;
import vn.motcua.testing.TestLayers;
import vn.motcua.testing.WebTest;

/**
 * Most dossiers are never held by a co-agency and wait at no step once returned, and most steps are
 * never assigned to one officer: on PostgreSQL the indexes of those columns take only the rows that
 * fill them (V7.22, V7.24), so a dossier's updates write fewer index entries and the indexes stay small at
 * millions of dossiers. That the work queues still reach them, QueryPlanTests checks.
 */
@WebTest
@Tag(TestLayers.POSTGRESQL_ONLY)
class SparseIndexesTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theIndexesOfColumnsMostRowsLeaveEmptyHoldOnlyTheRowsThatFillThem() {
		Map<String, String> predicates = IndexPredicates.of(jdbc, List.of("dossier_held_by_idx", "dossier_step_unit_idx",
				"dossier_queue_idx", "dossier_step_holder_idx"));

		assertThat(predicates).containsOnly(Map.entry("dossier_held_by_idx", "(held_by_agency IS NOT NULL)"),
				Map.entry("dossier_step_unit_idx", "(step_unit_id IS NOT NULL)"),
				Map.entry("dossier_queue_idx", "(step_role IS NOT NULL)"),
				Map.entry("dossier_step_holder_idx", "(step_holder_id IS NOT NULL)"));
	}
}
