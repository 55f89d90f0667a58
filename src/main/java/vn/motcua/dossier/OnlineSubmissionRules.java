package vn.motcua.dossier;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import vn.motcua.catalog.ApplicantKind;
import vn.motcua.catalog.ProcedureContent;
import vn.motcua.catalog.RequiredDocument;
import vn.motcua.document.AttachmentStore;
import vn.motcua.document.CheckedFile;
import vn.motcua.identity.AccountKind;
import vn.motcua.shared.InvalidRequestException;

/**
 * What an online submission must satisfy before anything is stored: the procedure is offered online
 * to this kind of applicant, the address and delivery are given, every file is an accepted file,
 * and every mandatory document has one (all missing ones are named at once).
 */
final class OnlineSubmissionRules {

	private OnlineSubmissionRules() {
	}

	/** Checks a submission whose files come with it; its files as checked, in order. */
	static List<CheckedFile> check(ProcedureContent procedure, AccountKind applicant, OnlineSubmission submission,
			AttachmentStore attachments) {
		List<CheckedFile> checked = checkFiles(procedure.documents(), submission.files(), attachments);
		check(procedure, applicant, submission.address(), submission.delivery(), submission.deliveryAddress(),
				submission.files().stream().map(UploadedFile::requiredDocumentIndex).toList());
		return checked;
	}

	/** Checks a submission whose files were already checked and stored (a draft's). */
	static void check(ProcedureContent procedure, AccountKind applicant, String address, ResultDelivery delivery,
			@Nullable String deliveryAddress, Collection<Integer> answeredDocuments) {
		if (!procedure.offersOnlineSubmission()) {
			throw new InvalidRequestException("dossier.intake.not-online", procedure.name());
		}
		if (!procedure.applicants().contains(ApplicantKind.valueOf(applicant.name()))) {
			throw new InvalidRequestException("dossier.intake.applicant-kind", procedure.name());
		}
		if (address.isBlank()) {
			throw new InvalidRequestException("dossier.intake.address.required");
		}
		if (delivery == ResultDelivery.BY_POST && (deliveryAddress == null || deliveryAddress.isBlank())) {
			throw new InvalidRequestException("dossier.intake.delivery-address.required");
		}
		List<String> missing = missing(procedure.documents(), answeredDocuments);
		if (!missing.isEmpty()) {
			throw new InvalidRequestException("dossier.intake.documents.missing", String.join("; ", missing));
		}
	}

	/** The names of the mandatory documents that no file answers. */
	static List<String> missing(List<RequiredDocument> required, Collection<Integer> answeredDocuments) {
		List<String> missing = new ArrayList<>();
		for (int index = 0; index < required.size(); index++) {
			if (required.get(index).mandatory() && !answeredDocuments.contains(index)) {
				missing.add(required.get(index).name());
			}
		}
		return missing;
	}

	/** Each file answers a document of the procedure, once, and is an accepted file; the files as checked, in order. */
	static List<CheckedFile> checkFiles(List<RequiredDocument> required, List<UploadedFile> files,
			AttachmentStore attachments) {
		checkDocuments(required, files);
		return files.stream().map(file -> attachments.check(file.fileName(), file.content())).toList();
	}

	/**
	 * Like {@link #checkFiles}, but a file that is not an accepted file is set aside with why, instead
	 * of refusing the others with it: a draft keeps what it can (a file naming no document is still
	 * refused with all the others, as no form sends one).
	 */
	static SortedFiles sortFiles(List<RequiredDocument> required, List<UploadedFile> files,
			AttachmentStore attachments) {
		checkDocuments(required, files);
		Map<Integer, CheckedFile> accepted = new LinkedHashMap<>();
		List<InvalidRequestException> refused = new ArrayList<>();
		for (UploadedFile file : files) {
			try {
				accepted.put(file.requiredDocumentIndex(), attachments.check(file.fileName(), file.content()));
			}
			catch (InvalidRequestException notAccepted) {
				refused.add(notAccepted);
			}
		}
		return new SortedFiles(accepted, refused);
	}

	/** The accepted files by the position of the document they answer, and why each other one was refused. */
	record SortedFiles(Map<Integer, CheckedFile> accepted, List<InvalidRequestException> refused) {
	}

	/** Each file answers a document of the procedure, and no document has two. */
	private static void checkDocuments(List<RequiredDocument> required, List<UploadedFile> files) {
		Set<Integer> answered = new HashSet<>();
		for (UploadedFile file : files) {
			if (file.requiredDocumentIndex() < 0 || file.requiredDocumentIndex() >= required.size()
					|| !answered.add(file.requiredDocumentIndex())) {
				throw new InvalidRequestException("dossier.intake.document.unknown", file.requiredDocumentIndex());
			}
		}
	}
}
