package vn.motcua.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** The scoring rule of Decision 766 (legal-rules §5). */
class ServiceIndexScoringTests {

	@Test
	void aRatioAtOrAboveTheTargetEarnsTheFullPoints() {
		assertThat(ServiceIndexScoring.points(8, 10, new BigDecimal("0.8"), BigDecimal.valueOf(6))).isEqualByComparingTo("6");
		assertThat(ServiceIndexScoring.points(10, 10, new BigDecimal("0.8"), BigDecimal.valueOf(6))).isEqualByComparingTo("6");
	}

	@Test
	void belowTheTargetThePointsAreRatioTimesMaximumOverTarget() {
		// 0.4 × 6 / 0.8 = 3
		assertThat(ServiceIndexScoring.points(4, 10, new BigDecimal("0.8"), BigDecimal.valueOf(6))).isEqualByComparingTo("3.00");
		// 0.81 × 6 / 0.9 = 5.4
		assertThat(ServiceIndexScoring.points(81, 100, new BigDecimal("0.9"), BigDecimal.valueOf(6))).isEqualByComparingTo("5.40");
	}

	@Test
	void withoutATargetThePointsAreRatioTimesMaximum() {
		assertThat(ServiceIndexScoring.points(3, 4, null, BigDecimal.valueOf(20))).isEqualByComparingTo("15.00");
		assertThat(ServiceIndexScoring.points(2, 3, null, BigDecimal.valueOf(6))).isEqualByComparingTo("4.00");
		assertThat(ServiceIndexScoring.points(0, 3, null, BigDecimal.valueOf(6))).isEqualByComparingTo("0");
	}

	@Test
	void theRatioIsInPerCentWithTwoDecimals() {
		assertThat(ServiceIndexScoring.percent(2, 3)).isEqualByComparingTo("66.67");
	}

	@Test
	void noDenominatorIsNoScore() {
		assertThatThrownBy(() -> ServiceIndexScoring.points(0, 0, null, BigDecimal.ONE))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
