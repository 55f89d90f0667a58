package vn.motcua.rating;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a rating is about: the agency, and where known the dossier, its procedure and sector, and
 * the officers who handled it (online) or served the applicant (at the kiosk).
 */
record RatedHandling(String agencyCode, @Nullable UUID dossierId, @Nullable String dossierCode,
		@Nullable String procedureCode, @Nullable String procedureName, @Nullable String sectorCode,
		List<RatedOfficer> officers) {

	RatedHandling {
		officers = List.copyOf(officers);
	}
}
