package vn.motcua.dossier;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * How a dossier was handled, as a satisfaction rating of it links to it: its agency, its applicant's
 * account, the procedure version it was handled under, where it stands, and the officers who moved
 * it from step to step (by user name, in the order they first acted).
 *
 * @param accountId null for a dossier entered at the desk without an applicant's account
 * @param returnedAt null until the result was returned
 */
public record DossierHandling(UUID dossierId, String code, String agencyCode, @Nullable UUID accountId,
		String procedureCode, String procedureName, UUID procedureVersionId, DossierStatus status,
		@Nullable Instant returnedAt, List<String> handlers) {

	public DossierHandling {
		handlers = List.copyOf(handlers);
	}

	static DossierHandling of(Dossier dossier) {
		Set<String> handlers = new LinkedHashSet<>();
		dossier.handovers().forEach(handover -> handlers.add(handover.givenBy()));
		return new DossierHandling(dossier.id(), dossier.code(), dossier.agencyCode(), dossier.accountId(),
				dossier.procedure().code(), dossier.procedure().name(), dossier.procedure().versionId(),
				dossier.status(), dossier.returnedAt(), List.copyOf(handlers));
	}
}
