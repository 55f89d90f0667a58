package vn.motcua.dossier;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a signed-in applicant sends to submit online: the procedure, the address the slips print,
 * how the result should reach them, and one file per required document. The idempotency key makes
 * a retry of the same submission return the same dossier.
 */
public record OnlineSubmission(String procedureCode, String address, ResultDelivery delivery,
		@Nullable String deliveryAddress, @Nullable String idempotencyKey, List<UploadedFile> files) {

	public OnlineSubmission {
		files = List.copyOf(files);
	}
}
