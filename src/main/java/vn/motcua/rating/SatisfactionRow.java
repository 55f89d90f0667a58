package vn.motcua.rating;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The satisfaction of one group (an officer, a unit, a procedure, a sector, a month…).
 *
 * @param key the group's code: a user name, a unit id, a procedure or sector code, {@code 2026-11}, {@code 2026-Q4}
 * @param levels how many ratings gave each level, by level code, in the scale's order (zeros included)
 * @param satisfiedPercent {@link #percent} of the group's ratings (null without ratings)
 * @param averageIndicatorTotal the average of the nine indicators' sum (0–18) over the ratings that scored them
 */
public record SatisfactionRow(String key, String label, long ratings, Map<String, Long> levels, long satisfied,
		@Nullable BigDecimal satisfiedPercent, long withIndicators, @Nullable BigDecimal averageIndicatorTotal) {

	public SatisfactionRow {
		levels = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(levels));
	}

	/**
	 * The share satisfied, as every page and report gives it: ratings at a satisfied level (Rất hài lòng,
	 * Hài lòng) per hundred ratings, two decimals rounded half up; null without ratings, where there is
	 * no share to give (not 0 %).
	 */
	public static @Nullable BigDecimal percent(long satisfied, long ratings) {
		if (ratings == 0) {
			return null;
		}
		return BigDecimal.valueOf(satisfied * 100).divide(BigDecimal.valueOf(ratings), 2, RoundingMode.HALF_UP);
	}
}
