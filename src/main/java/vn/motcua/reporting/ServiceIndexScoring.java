package vn.motcua.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * The scoring rule of Decision 766 (legal-rules §5): a ratio R at or above the target T earns the full
 * points, below it R × Pmax / T; without a target, R × Pmax (an assumption, unverified).
 */
final class ServiceIndexScoring {

	private ServiceIndexScoring() {
	}

	/**
	 * The points for {@code numerator}/{@code denominator} (denominator above zero), with the target as a
	 * fraction (0.8 for 80 %) or null, rounded to two decimals.
	 */
	static BigDecimal points(long numerator, long denominator, @Nullable BigDecimal target, BigDecimal max) {
		if (denominator <= 0) {
			throw new IllegalArgumentException("No denominator");
		}
		BigDecimal ratio = BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 10, RoundingMode.HALF_UP);
		BigDecimal points;
		if (target == null) {
			points = ratio.multiply(max);
		}
		else if (ratio.compareTo(target) >= 0) {
			points = max;
		}
		else {
			points = ratio.multiply(max).divide(target, 10, RoundingMode.HALF_UP);
		}
		return points.min(max).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
	}

	/** numerator/denominator in per cent, two decimals. */
	static BigDecimal percent(long numerator, long denominator) {
		return BigDecimal.valueOf(numerator * 100L).divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
	}
}
