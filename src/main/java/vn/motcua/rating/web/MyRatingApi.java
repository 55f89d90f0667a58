package vn.motcua.rating.web;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.identity.AccountManagement;
import vn.motcua.rating.ApplicantRating;
import vn.motcua.rating.Indicator;
import vn.motcua.rating.IndicatorScore;
import vn.motcua.rating.Rating;
import vn.motcua.rating.RatingInput;
import vn.motcua.rating.RatingManagement;
import vn.motcua.rating.RatingScale;

/**
 * The signed-in applicant's rating of one of their returned dossiers: read it, give it, change it
 * while its window is open. Another applicant's dossier is not found (404); a dossier not yet
 * returned, or a rating whose window has closed, is a conflict (409).
 */
@RestController
@RequestMapping("/api/v1/my/dossiers/{code}/rating")
@Tag(name = "Ratings")
class MyRatingApi {

	private final RatingManagement ratings;
	private final RatingScale scale;
	private final AccountManagement accounts;

	MyRatingApi(RatingManagement ratings, RatingScale scale, AccountManagement accounts) {
		this.ratings = ratings;
		this.scale = scale;
		this.accounts = accounts;
	}

	record Level(String code, String label, boolean satisfied) {
	}

	record GivenRating(String level, String label, @Nullable String comment, Map<Indicator, Integer> indicators,
			@Nullable Integer indicatorTotal, Instant ratedAt, @Nullable Instant changedAt,
			@Nullable Instant changeableUntil) {
	}

	record RatingState(String dossierCode, String procedureName, boolean asksIndicators, boolean changeable,
			List<Level> levels, @Nullable GivenRating rating) {
	}

	record RatingRequest(@NotBlank(message = "{rating.level.required}") String level,
			@Size(max = RatingInput.MAX_COMMENT) @Nullable String comment, @Nullable Map<Indicator, Integer> indicators) {
	}

	@GetMapping
	@Operation(summary = "The applicant's rating of their returned dossier, and the scale to rate with")
	RatingState show(@PathVariable String code) {
		return state(ratings.forApplicant(currentAccount(), code));
	}

	@PutMapping
	@Operation(summary = "Rate the handling of a returned dossier, or change the rating while its window is open")
	RatingState rate(@PathVariable String code, @Valid @RequestBody RatingRequest request) {
		UUID account = currentAccount();
		ratings.rate(account, code, new RatingInput(request.level(), request.comment(),
				request.indicators() == null ? Map.of() : request.indicators()));
		return state(ratings.forApplicant(account, code));
	}

	private RatingState state(ApplicantRating applicant) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Level> levels = scale.levels().stream()
			.map(level -> new Level(level.code(), scale.label(level.code(), locale), level.satisfied()))
			.toList();
		Rating rating = applicant.rating();
		GivenRating given = rating == null ? null
				: new GivenRating(rating.levelCode(), scale.label(rating.levelCode(), locale), rating.comment(),
						scores(rating.indicators()), rating.indicatorTotal(), rating.ratedAt(), rating.changedAt(),
						rating.changeableUntil());
		return new RatingState(applicant.dossierCode(), applicant.procedureName(), applicant.asksIndicators(),
				applicant.changeable(), levels, given);
	}

	private static Map<Indicator, Integer> scores(List<IndicatorScore> indicators) {
		Map<Indicator, Integer> scores = new EnumMap<>(Indicator.class);
		indicators.forEach(score -> scores.put(score.indicator(), score.score()));
		return scores;
	}

	private UUID currentAccount() {
		return accounts.currentUser().orElseThrow().accountId();
	}
}
