package vn.motcua.dossier;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.catalog.CatalogManagement;
import vn.motcua.catalog.ProcedureContent;
import vn.motcua.document.AttachmentStore;
import vn.motcua.document.CheckedFile;
import vn.motcua.dossier.OnlineSubmissionRules.SortedFiles;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.SubmissionKeys;

/**
 * Drafts of online submissions: saved with the files uploaded so far (each checked when it arrives),
 * reviewed, changed, resumed later or discarded. A draft is only ever its applicant's.
 */
@Service
public class DossierDrafts {

	private final DossierDraftRepository drafts;
	private final CatalogManagement catalog;
	private final AttachmentStore attachments;
	private final TransactionTemplate transactions;
	private final Clock clock;

	DossierDrafts(DossierDraftRepository drafts, CatalogManagement catalog, AttachmentStore attachments,
			TransactionTemplate transactions, Clock clock) {
		this.drafts = drafts;
		this.catalog = catalog;
		this.attachments = attachments;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Saves a new draft (when {@code draftId} is null) or changes one; new files replace those of the
	 * same documents. A file that is not accepted is refused without losing the others. Files are
	 * stored first; if the saving transaction rolls back, they are removed again. The form that starts a
	 * draft carries an {@code idempotencyKey}: sent again (a double tap, a retried request), it returns
	 * the draft it started, as it is, instead of starting a second one.
	 */
	public SavedDraft save(UUID accountId, @Nullable UUID draftId, @Nullable String idempotencyKey,
			String procedureCode, String address, ResultDelivery delivery, @Nullable String deliveryAddress,
			List<UploadedFile> newFiles) {
		return save(accountId, draftId, idempotencyKey, procedureCode, newFiles,
				draft -> draft.change(address, delivery, deliveryAddress, clock.instant()));
	}

	/**
	 * Keeps the accepted files of a form whose other fields were refused, because a browser cannot
	 * send a chosen file again: they are saved on the draft (a new one when {@code draftId} is null,
	 * started under the form's {@code idempotencyKey}) and its other fields stay as they were. Without
	 * an accepted file nothing is saved.
	 */
	public SavedDraft keepFiles(UUID accountId, @Nullable UUID draftId, @Nullable String idempotencyKey,
			String procedureCode, List<UploadedFile> newFiles) {
		return save(accountId, draftId, idempotencyKey, procedureCode, newFiles, null);
	}

	private SavedDraft save(UUID accountId, @Nullable UUID draftId, @Nullable String idempotencyKey,
			String procedureCode, List<UploadedFile> newFiles, @Nullable Consumer<DossierDraft> change) {
		String key = draftId == null && idempotencyKey != null ? SubmissionKeys.checked(idempotencyKey) : null;
		Optional<SavedDraft> started = startedWith(accountId, key);
		if (started.isPresent()) {
			return started.get();
		}
		try {
			return store(accountId, draftId, key, procedureCode, newFiles, change);
		}
		catch (DuplicateKeyException startedTwiceAtOnce) {
			// the same form sent twice at once: the later's draft failed on the earlier's key, its files removed
			return startedWith(accountId, key).orElseThrow(() -> startedTwiceAtOnce);
		}
	}

	private Optional<SavedDraft> startedWith(UUID accountId, @Nullable String key) {
		return key == null ? Optional.empty()
				: drafts.findByAccountIdAndIdempotencyKey(accountId, key).map(draft -> new SavedDraft(draft, List.of()));
	}

	private SavedDraft store(UUID accountId, @Nullable UUID draftId, @Nullable String key, String procedureCode,
			List<UploadedFile> newFiles, @Nullable Consumer<DossierDraft> change) {
		DossierDraft draft = draftId == null ? DossierDraft.start(accountId, procedureCode, key, clock.instant())
				: draft(accountId, draftId);
		ProcedureContent procedure = procedure(draft.procedureCode());
		if (!procedure.offersOnlineSubmission()) {
			throw new InvalidRequestException("dossier.intake.not-online", procedure.name());
		}
		SortedFiles files = OnlineSubmissionRules.sortFiles(procedure.documents(), newFiles, attachments);
		if (change == null && files.accepted().isEmpty()) {
			return new SavedDraft(draftId == null ? null : draft, files.refused());
		}
		List<Map.Entry<Integer, CheckedFile>> accepted = List.copyOf(files.accepted().entrySet());
		List<DraftFile> replaced = new ArrayList<>();
		// the files follow the saving transaction (decision 0023): removed only if it rolls back
		DossierDraft saved = attachments.land(accepted.stream().map(Map.Entry::getValue).toList(), transactions,
				stored -> {
					for (int i = 0; i < stored.size(); i++) {
						DraftFile previous = draft.attach(accepted.get(i).getKey(), stored.get(i), clock.instant());
						if (previous != null) {
							replaced.add(previous);
						}
					}
					if (change != null) {
						change.accept(draft);
					}
					return drafts.save(draft);
				});
		// let go of only once the draft no longer names them
		replaced.forEach(file -> attachments.delete(file.attachmentId()));
		return new SavedDraft(saved, files.refused());
	}

	/** One of the applicant's drafts; another applicant's draft is not found. */
	public DossierDraft draft(UUID accountId, UUID draftId) {
		return drafts.findById(draftId)
			.filter(draft -> draft.accountId().equals(accountId))
			.orElseThrow(() -> new NotFoundException("dossier.draft.not-found"));
	}

	/** The applicant's drafts, newest first. */
	public List<DraftSummary> drafts(UUID accountId) {
		return drafts.findSummariesByAccountId(accountId);
	}

	/** The mandatory documents the draft still lacks, by name. */
	public List<String> missingDocuments(DossierDraft draft) {
		return OnlineSubmissionRules.missing(procedure(draft.procedureCode()).documents(),
				draft.files().stream().map(DraftFile::requiredDocumentIndex).toList());
	}

	/** Discards a draft and its files. */
	public void discard(UUID accountId, UUID draftId) {
		DossierDraft draft = draft(accountId, draftId);
		transactions.executeWithoutResult(status -> drafts.delete(draft));
		draft.files().forEach(file -> attachments.delete(file.attachmentId()));
	}

	private ProcedureContent procedure(String procedureCode) {
		return catalog.versionInForce(procedureCode, clock.instant())
			.orElseThrow(() -> new InvalidRequestException("dossier.intake.procedure.unknown", procedureCode))
			.content();
	}
}
