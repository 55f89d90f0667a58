package vn.motcua.dossier;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.motcua.catalog.Channel;

/**
 * What registers a dossier: the procedure version, the applicant, the channel, the number of sets
 * of papers (one online), the documents.
 */
record Submission(ProcedureReference procedure, Channel channel, int sets, Applicant applicant, @Nullable UUID accountId,
		ResultDelivery delivery, @Nullable String deliveryAddress, @Nullable String idempotencyKey,
		List<DossierDocument> documents) {

	Submission {
		if (sets < 1) {
			throw new IllegalArgumentException("A dossier has at least one set of papers");
		}
		documents = List.copyOf(documents);
	}
}
