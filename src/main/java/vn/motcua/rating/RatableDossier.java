package vn.motcua.rating;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A dossier whose result was returned, so that its applicant may rate its handling: what the rating
 * will link to, taken when the result was returned.
 */
@Table("rating_ratable_dossier")
record RatableDossier(@Id UUID dossierId, @Version @Nullable Long version, String dossierCode,
		@Nullable UUID accountId, String agencyCode, String procedureCode, String procedureName,
		@Nullable String sectorCode, Instant returnedAt,
		@MappedCollection(idColumn = "dossier_id", keyColumn = "position") List<Handler> handlers) {

	/** An officer who handled the dossier, as they were when its result was returned. */
	@Table("rating_handler")
	record Handler(String username, String fullName, @Nullable UUID unitId, @Nullable String unitName) {

		RatedOfficer asRated() {
			return new RatedOfficer(username, fullName, unitId, unitName);
		}
	}

	RatedHandling handling() {
		return new RatedHandling(agencyCode, dossierId, dossierCode, procedureCode, procedureName, sectorCode,
				handlers.stream().map(Handler::asRated).toList());
	}
}
