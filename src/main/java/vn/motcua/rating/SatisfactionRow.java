package vn.motcua.rating;

import java.math.BigDecimal;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The satisfaction of one group (an officer, a unit, a procedure, a sector, a month…).
 *
 * @param key the group's code: a user name, a unit id, a procedure or sector code, {@code 2026-11}, {@code 2026-Q4}
 * @param levels how many ratings gave each level, by level code, in the scale's order (zeros included)
 * @param satisfiedPercent satisfied ratings per hundred ratings, two decimals (0 when there are none)
 * @param averageIndicatorTotal the average of the nine indicators' sum (0–18) over the ratings that scored them
 */
public record SatisfactionRow(String key, String label, long ratings, Map<String, Long> levels, long satisfied,
		BigDecimal satisfiedPercent, long withIndicators, @Nullable BigDecimal averageIndicatorTotal) {

	public SatisfactionRow {
		levels = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(levels));
	}
}
