package vn.motcua.rating;

import java.util.List;

/** Satisfaction statistics: the scale's level codes, the total over every rating counted, and one row per group. */
public record SatisfactionReport(SatisfactionQuery query, List<String> levels, SatisfactionRow total,
		List<SatisfactionRow> rows) {

	public SatisfactionReport {
		levels = List.copyOf(levels);
		rows = List.copyOf(rows);
	}
}
