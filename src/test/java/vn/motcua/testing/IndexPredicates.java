package vn.motcua.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/** PostgreSQL's indexes by name, each with its predicate ("none" for a full index). */
public final class IndexPredicates {

	private IndexPredicates() {
	}

	public static Map<String, String> of(JdbcClient jdbc, List<String> indexes) {
		Map<String, String> predicates = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT c.relname, COALESCE(pg_get_expr(i.indpred, i.indrelid), 'none') AS predicate
				FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
				WHERE c.relname IN (:indexes)""")
			.param("indexes", indexes)
			.query(rs -> {
				predicates.put(rs.getString("relname"), rs.getString("predicate"));
			});
		return predicates;
	}
}
