package vn.motcua.rating;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierHandling;
import vn.motcua.dossier.DossierManagement;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.shared.Actor;
import vn.motcua.shared.InvalidRequestException;

/**
 * The rating module's entry point: applicants rate the handling of their returned dossiers (once,
 * changeable for a configured number of days), agencies choose whether to ask for the nine
 * indicators, and reports read the satisfaction per officer, unit, procedure, sector and period.
 */
@Service
@Transactional
@EnableConfigurationProperties(RatingProperties.class)
public class RatingManagement {

	private final DossierManagement dossiers;
	private final RatableDossiers ratables;
	private final RatingRepository ratings;
	private final RatingScale scale;
	private final AgencySettings settings;
	private final SatisfactionStatistics statistics;
	private final RatingProperties properties;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final TransactionTemplate inTransaction;

	RatingManagement(DossierManagement dossiers, RatableDossiers ratables, RatingRepository ratings, RatingScale scale,
			AgencySettings settings, SatisfactionStatistics statistics, RatingProperties properties,
			ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
		this.inTransaction = new TransactionTemplate(transactions);
		this.dossiers = dossiers;
		this.ratables = ratables;
		this.ratings = ratings;
		this.scale = scale;
		this.settings = settings;
		this.statistics = statistics;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The applicant's returned dossier with their rating so far. Another applicant's dossier is not
	 * found; a dossier whose result has not been returned cannot be rated yet.
	 */
	public ApplicantRating forApplicant(UUID accountId, String code) {
		RatableDossier ratable = ratable(accountId, code);
		Rating rating = ratings.findByAccountIdAndDossierId(accountId, ratable.dossierId()).orElse(null);
		return new ApplicantRating(ratable.dossierCode(), ratable.procedureName(),
				settings.asksIndicators(ratable.agencyCode()), rating,
				rating == null || rating.isChangeableAt(clock.instant()));
	}

	/**
	 * Gives the applicant's rating of their returned dossier, or changes it while its window is open.
	 * Two first ratings at once (a second tap on the button) both find none and both insert; the later
	 * insert fails on the one-rating-per-applicant constraint, and its transaction with it, so it is
	 * made again in a transaction of its own, where it finds the first and changes it.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public Rating rate(UUID accountId, String code, RatingInput input) {
		try {
			return inTransaction.execute(status -> rateOnce(accountId, code, input));
		}
		catch (DataIntegrityViolationException | DbActionExecutionException concurrentFirstRating) {
			return inTransaction.execute(status -> rateOnce(accountId, code, input));
		}
	}

	/** One attempt of {@link #rate}, in the caller's transaction. */
	Rating rateOnce(UUID accountId, String code, RatingInput input) {
		RatableDossier ratable = ratable(accountId, code);
		RatingLevel level = scale.require(input.level());
		String comment = comment(input.comment());
		List<IndicatorScore> indicators = indicators(input, settings.asksIndicators(ratable.agencyCode()));
		Instant now = clock.instant();
		Rating existing = ratings.findByAccountIdAndDossierId(accountId, ratable.dossierId()).orElse(null);
		Rating saved;
		if (existing == null) {
			saved = ratings.save(Rating.online(ratable.handling(), accountId, level, comment, indicators, now,
					now.plus(Duration.ofDays(properties.changeableDays()))));
		}
		else {
			existing.change(level, comment, indicators, now);
			saved = ratings.save(existing);
		}
		events.publishEvent(RatingRecorded.of(saved, existing != null, Actor.current(), now));
		return saved;
	}

	/** Whether the agency asks applicants for the nine indicators of Decree 61. */
	@Transactional(readOnly = true)
	public boolean asksIndicators(String agencyCode) {
		return settings.asksIndicators(agencyCode);
	}

	public void setAsksIndicators(String agencyCode, boolean asks) {
		settings.setAsksIndicators(agencyCode, asks);
		events.publishEvent(new RatingSettingChanged(Actor.current(), clock.instant(), agencyCode, asks));
	}

	/**
	 * The satisfaction of one agency's applicants in a period, per officer, unit, procedure, sector,
	 * month or quarter: how many rated, how many gave each level, the share satisfied, and the average
	 * of the nine indicators where they were scored.
	 */
	@Transactional(readOnly = true)
	public SatisfactionReport satisfaction(SatisfactionQuery query) {
		return statistics.report(query);
	}

	/**
	 * The dislikes the agency received from {@code from} to {@code to} (both included, Vietnam's
	 * days), by the dossiers they name.
	 */
	@Transactional(readOnly = true)
	public Dislikes dislikes(String agencyCode, LocalDate from, LocalDate to) {
		return statistics.dislikes(agencyCode, from, to);
	}

	/** The scale, best level first. */
	public List<RatingLevel> levels() {
		return scale.levels();
	}

	/** For how many days after giving it an applicant may change their rating. */
	public int changeableDays() {
		return properties.changeableDays();
	}

	private RatableDossier ratable(UUID accountId, String code) {
		Dossier dossier = dossiers.dossierOf(accountId, code);
		if (dossier.status() != DossierStatus.RETURNED) {
			throw new RatingRefused(RatingRefused.Reason.CONFLICT, "rating.not-returned", dossier.code());
		}
		DossierHandling handling = dossiers.handling(dossier.code()).orElseThrow();
		return ratables.require(handling);
	}

	private static @Nullable String comment(@Nullable String comment) {
		if (comment == null || comment.isBlank()) {
			return null;
		}
		if (comment.length() > RatingInput.MAX_COMMENT) {
			throw new InvalidRequestException("rating.comment.too-long", RatingInput.MAX_COMMENT);
		}
		return comment.strip();
	}

	private static List<IndicatorScore> indicators(RatingInput input, boolean asked) {
		if (!asked) {
			return List.of();
		}
		List<IndicatorScore> scores = new ArrayList<>();
		for (Indicator indicator : Indicator.values()) {
			Integer score = input.indicators().get(indicator);
			if (score == null) {
				throw new InvalidRequestException("rating.indicators.required");
			}
			scores.add(new IndicatorScore(indicator, score));
		}
		return scores;
	}
}
