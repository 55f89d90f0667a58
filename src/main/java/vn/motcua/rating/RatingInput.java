package vn.motcua.rating;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What an applicant answers: a level of the scale (by code), an optional comment, and the nine
 * indicators' scores (0–2) when their agency asks for them.
 */
public record RatingInput(String level, @Nullable String comment, Map<Indicator, Integer> indicators) {

	public static final int MAX_COMMENT = 2000;

	public RatingInput {
		indicators = Map.copyOf(indicators);
	}
}
