package vn.motcua.dossier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.motcua.catalog.Channel;
import vn.motcua.shared.SubmissionKeys;

/**
 * A dossier the desk registers: handed in at the counter or arrived by post. The applicant is typed
 * in (and linked to their account when one has the same ID number); each document is counted.
 *
 * @param submissionKey the registration form's own key, so that the form sent twice registers one
 *        dossier; none: every registration is a dossier
 */
public record CounterRegistration(String procedureCode, Channel channel, Applicant applicant, int sets,
		List<PaperDocument> documents, ResultDelivery delivery, @Nullable String deliveryAddress,
		@Nullable String submissionKey) {

	public CounterRegistration {
		documents = List.copyOf(documents);
	}

	/** What was sent, as its key's digest takes it ({@link SubmissionKeys#digest}): tells the form sent again from other content. */
	List<@Nullable Object> sent() {
		List<@Nullable Object> parts = new ArrayList<>(List.of(procedureCode, channel, applicant, sets, delivery));
		parts.add(deliveryAddress);
		for (PaperDocument document : documents) {
			UploadedFile scan = document.scan();
			parts.addAll(Arrays.asList(document.requiredDocumentIndex(), document.originals(), document.certifiedCopies(),
					document.photocopies(), scan == null ? null : scan.fileName(), scan == null ? null : scan.content()));
		}
		return parts;
	}
}
