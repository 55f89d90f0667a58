package vn.motcua.rating;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the rating module ({@code motcua.rating.*}).
 *
 * @param changeableDays for how many days after giving it an applicant may change their rating
 * @param levels the scale, best first; empty for the default four levels (Rất hài lòng, Hài lòng,
 *        Bình thường, Không hài lòng)
 * @param indicatorsByDefault whether an agency without its own setting asks for the nine indicators
 * @param kiosk the counter kiosk's timings
 */
@ConfigurationProperties("motcua.rating")
record RatingProperties(@DefaultValue("7") int changeableDays, @Nullable List<LevelSetting> levels,
		@DefaultValue("false") boolean indicatorsByDefault, @DefaultValue Kiosk kiosk) {

	/**
	 * One level of the scale, with its labels for an installation whose level has no message in the
	 * bundles ({@code rating.level.<code>}).
	 *
	 * @param dissatisfied whether the level is a dislike (Không hài lòng) that the service index's 5.4
	 *        subtracts; unset, only the scale's last level is, so that a middle level such as Bình thường
	 *        is neither satisfied nor a dislike
	 */
	record LevelSetting(String code, boolean satisfied, @Nullable Boolean dissatisfied, @Nullable String labelVi,
			@Nullable String labelEn) {
	}

	/**
	 * @param lifetime how long a kiosk opened by the desk stays open (a working day, then the desk opens it again)
	 * @param serviceLifetime how long a service opened by the desk waits for its rating
	 * @param waitingRefreshSeconds how often the waiting kiosk looks for a new service
	 * @param thanksSeconds how long the thanks stay on screen before the kiosk resets
	 */
	record Kiosk(@DefaultValue("12h") Duration lifetime, @DefaultValue("15m") Duration serviceLifetime,
			@DefaultValue("3") int waitingRefreshSeconds, @DefaultValue("5") int thanksSeconds) {
	}
}
