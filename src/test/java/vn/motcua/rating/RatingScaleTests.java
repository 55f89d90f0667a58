package vn.motcua.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/**
 * Which levels of the scale are dislikes for the service index: by default only Không hài lòng, not
 * Bình thường; an installation's own scale says so per level, or its last level is.
 */
class RatingScaleTests {

	@Test
	void theDefaultScalesOnlyDislikeIsKhongHaiLong() {
		assertThat(scale(List.of()).levels()).extracting(RatingLevel::code, RatingLevel::satisfied, RatingLevel::dissatisfied)
			.containsExactly(tuple("VERY_SATISFIED", true, false),
					tuple("SATISFIED", true, false),
					tuple("NEUTRAL", false, false),
					tuple("DISSATISFIED", false, true));
	}

	@Test
	void aConfiguredScaleDislikesItsLastLevelUnlessItSaysOtherwise() {
		RatingScale unsaid = scale(List.of(level("GOOD", true, null), level("FAIR", false, null),
				level("POOR", false, null)));
		assertThat(unsaid.levels()).extracting(RatingLevel::dissatisfied).containsExactly(false, false, true);

		RatingScale said = scale(List.of(level("GOOD", true, null), level("POOR", false, true),
				level("VERY_POOR", false, true)));
		assertThat(said.levels()).extracting(RatingLevel::dissatisfied).containsExactly(false, true, true);
	}

	private static RatingProperties.LevelSetting level(String code, boolean satisfied, Boolean dissatisfied) {
		return new RatingProperties.LevelSetting(code, satisfied, dissatisfied, null, null);
	}

	private static RatingScale scale(List<RatingProperties.LevelSetting> levels) {
		return new RatingScale(new RatingProperties(7, levels, false, new RatingProperties.Kiosk(
				Duration.ofHours(12), Duration.ofMinutes(15), 3, 5)), new StaticMessageSource());
	}
}
