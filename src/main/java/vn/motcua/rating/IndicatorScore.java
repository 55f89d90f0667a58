package vn.motcua.rating;

import org.springframework.data.relational.core.mapping.Table;

import vn.motcua.shared.InvalidRequestException;

/** The score (0, 1 or 2) an applicant gave one of the nine indicators. */
@Table("rating_indicator")
public record IndicatorScore(Indicator indicator, int score) {

	public IndicatorScore {
		if (score < 0 || score > Indicator.MAX_SCORE) {
			throw new InvalidRequestException("rating.indicator.score", score);
		}
	}
}
