package vn.motcua.rating;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * One level of the satisfaction scale. Its rank orders the scale (1 is the best); satisfied levels
 * count towards the share of satisfied applicants that reports publish; dissatisfied levels are the
 * dislikes (Không hài lòng) that the service index subtracts. A level may be neither (Bình thường).
 */
public record RatingLevel(String code, int rank, boolean satisfied, boolean dissatisfied, @Nullable String labelVi,
		@Nullable String labelEn) {

	/** The label configured for the language, if the installation configured one. */
	@Nullable
	String configuredLabel(Locale locale) {
		return "en".equals(locale.getLanguage()) ? labelEn : labelVi;
	}
}
