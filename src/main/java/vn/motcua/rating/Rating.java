package vn.motcua.rating;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import vn.motcua.shared.TimeOrderedIds;

/**
 * One satisfaction rating: a level of the scale, an optional comment and, when the agency asks for
 * them, the nine indicators. An applicant's online rating of a dossier may be changed until its
 * window closes; a kiosk rating is final.
 */
@Table("rating")
public class Rating {

	@Id
	private final UUID id;
	@Version
	private @Nullable Long version;
	private final RatingSource source;
	private final String agencyCode;
	private final @Nullable UUID dossierId;
	private final @Nullable String dossierCode;
	private final @Nullable String procedureCode;
	private final @Nullable String procedureName;
	private final @Nullable String sectorCode;
	private final @Nullable UUID accountId;
	private final @Nullable UUID kioskServiceId;
	private final @Nullable String counterName;
	private String levelCode;
	private int levelRank;
	private boolean satisfied;
	private @Nullable String comment;
	private final Instant ratedAt;
	private @Nullable Instant changedAt;
	private final @Nullable Instant changeableUntil;
	@MappedCollection(idColumn = "rating_id", keyColumn = "position")
	private final List<RatedOfficer> officers;
	@MappedCollection(idColumn = "rating_id", keyColumn = "position")
	private List<IndicatorScore> indicators;

	@PersistenceCreator
	Rating(UUID id, @Nullable Long version, RatingSource source, String agencyCode, @Nullable UUID dossierId,
			@Nullable String dossierCode, @Nullable String procedureCode, @Nullable String procedureName,
			@Nullable String sectorCode, @Nullable UUID accountId, @Nullable UUID kioskServiceId,
			@Nullable String counterName, String levelCode, int levelRank, boolean satisfied, @Nullable String comment,
			Instant ratedAt, @Nullable Instant changedAt, @Nullable Instant changeableUntil,
			List<RatedOfficer> officers, List<IndicatorScore> indicators) {
		this.id = id;
		this.version = version;
		this.source = source;
		this.agencyCode = agencyCode;
		this.dossierId = dossierId;
		this.dossierCode = dossierCode;
		this.procedureCode = procedureCode;
		this.procedureName = procedureName;
		this.sectorCode = sectorCode;
		this.accountId = accountId;
		this.kioskServiceId = kioskServiceId;
		this.counterName = counterName;
		this.levelCode = levelCode;
		this.levelRank = levelRank;
		this.satisfied = satisfied;
		this.comment = comment;
		this.ratedAt = ratedAt;
		this.changedAt = changedAt;
		this.changeableUntil = changeableUntil;
		this.officers = new ArrayList<>(officers);
		this.indicators = new ArrayList<>(indicators);
	}

	/** The applicant's rating of their returned dossier, changeable until {@code changeableUntil}. */
	static Rating online(RatedHandling handling, UUID accountId, RatingLevel level, @Nullable String comment,
			List<IndicatorScore> indicators, Instant now, Instant changeableUntil) {
		return new Rating(TimeOrderedIds.next(), null, RatingSource.ONLINE, handling.agencyCode(), handling.dossierId(),
				handling.dossierCode(), handling.procedureCode(), handling.procedureName(), handling.sectorCode(),
				accountId, null, null, level.code(), level.rank(), level.satisfied(), comment, now, null, changeableUntil,
				handling.officers(), indicators);
	}

	/** A walk-in applicant's rating at the counter kiosk, for the one service the desk opened. */
	static Rating atKiosk(RatedHandling handling, UUID serviceId, String counterName, RatingLevel level,
			Instant now) {
		return new Rating(TimeOrderedIds.next(), null, RatingSource.KIOSK, handling.agencyCode(), handling.dossierId(),
				handling.dossierCode(), handling.procedureCode(), handling.procedureName(), handling.sectorCode(), null,
				serviceId, counterName, level.code(), level.rank(), level.satisfied(), null, now, null, null,
				handling.officers(), List.of());
	}

	/** Whether the applicant may still change the rating at that moment. */
	public boolean isChangeableAt(Instant now) {
		return changeableUntil != null && now.isBefore(changeableUntil);
	}

	void change(RatingLevel level, @Nullable String newComment, List<IndicatorScore> newIndicators, Instant now) {
		if (!isChangeableAt(now)) {
			throw new RatingRefused(RatingRefused.Reason.CONFLICT, "rating.change.closed", dossierCode);
		}
		levelCode = level.code();
		levelRank = level.rank();
		satisfied = level.satisfied();
		comment = newComment;
		indicators = new ArrayList<>(newIndicators);
		changedAt = now;
	}

	/** The sum of the indicator scores (0 to 18), if the applicant scored the indicators. */
	public @Nullable Integer indicatorTotal() {
		return indicators.isEmpty() ? null : indicators.stream().mapToInt(IndicatorScore::score).sum();
	}

	public UUID id() {
		return id;
	}

	public RatingSource source() {
		return source;
	}

	public String agencyCode() {
		return agencyCode;
	}

	public @Nullable UUID dossierId() {
		return dossierId;
	}

	public @Nullable String dossierCode() {
		return dossierCode;
	}

	public @Nullable String procedureCode() {
		return procedureCode;
	}

	public @Nullable String procedureName() {
		return procedureName;
	}

	public @Nullable String sectorCode() {
		return sectorCode;
	}

	public @Nullable UUID accountId() {
		return accountId;
	}

	public @Nullable UUID kioskServiceId() {
		return kioskServiceId;
	}

	public @Nullable String counterName() {
		return counterName;
	}

	public String levelCode() {
		return levelCode;
	}

	public int levelRank() {
		return levelRank;
	}

	public boolean satisfied() {
		return satisfied;
	}

	public @Nullable String comment() {
		return comment;
	}

	public Instant ratedAt() {
		return ratedAt;
	}

	public @Nullable Instant changedAt() {
		return changedAt;
	}

	public @Nullable Instant changeableUntil() {
		return changeableUntil;
	}

	public List<RatedOfficer> officers() {
		return Collections.unmodifiableList(officers);
	}

	public List<IndicatorScore> indicators() {
		return Collections.unmodifiableList(indicators);
	}
}
