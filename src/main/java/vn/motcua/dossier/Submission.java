package vn.motcua.dossier;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What registers a dossier: the procedure version, the applicant, the channel, the documents. */
record Submission(ProcedureReference procedure, Channel channel, Applicant applicant, @Nullable UUID accountId,
		ResultDelivery delivery, @Nullable String deliveryAddress, @Nullable String idempotencyKey,
		List<DossierDocument> documents) {

	Submission {
		documents = List.copyOf(documents);
	}
}
