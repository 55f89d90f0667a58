package vn.motcua.rating;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.motcua.shared.Actor;
import vn.motcua.shared.AuditableEvent;

/**
 * A satisfaction rating was given or changed. Carries what reports need to keep their own read
 * model: the level and whether it counts as satisfied, the dossier, procedure, sector, agency and
 * the officers (user names) and units it counts for. The comment is left out: it may hold personal data.
 *
 * @param changed false for a new rating, true when the applicant changed theirs
 * @param indicatorTotal the sum of the nine indicators' scores (0–18), if they were scored
 */
public record RatingRecorded(Actor actor, Instant occurredAt, UUID ratingId, boolean changed, RatingSource source,
		String agencyCode, @Nullable String dossierCode, @Nullable String procedureCode, @Nullable String sectorCode,
		List<String> officers, List<UUID> units, String levelCode, boolean satisfied, @Nullable Integer indicatorTotal,
		Instant ratedAt) implements AuditableEvent {

	public RatingRecorded {
		officers = List.copyOf(officers);
		units = List.copyOf(units);
	}

	static RatingRecorded of(Rating rating, boolean changed, Actor actor, Instant now) {
		return new RatingRecorded(actor, now, rating.id(), changed, rating.source(), rating.agencyCode(),
				rating.dossierCode(), rating.procedureCode(), rating.sectorCode(),
				rating.officers().stream().map(RatedOfficer::username).toList(),
				rating.officers().stream().map(RatedOfficer::unitId).filter(Objects::nonNull).distinct().toList(),
				rating.levelCode(), rating.satisfied(), rating.indicatorTotal(), rating.ratedAt());
	}

	@Override
	public String action() {
		return changed ? "rating.changed" : "rating.given";
	}

	@Override
	public String recordType() {
		return "Rating";
	}

	@Override
	public String recordId() {
		return ratingId.toString();
	}

	@Override
	public String summary() {
		return (changed ? "Rating changed to " : "Rating given: ") + levelCode + " (" + source + ")"
				+ (dossierCode == null ? "" : " for dossier " + dossierCode);
	}
}
