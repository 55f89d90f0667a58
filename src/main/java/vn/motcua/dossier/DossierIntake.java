package vn.motcua.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.catalog.ApplicantKind;
import vn.motcua.catalog.CatalogManagement;
import vn.motcua.catalog.Channel;
import vn.motcua.catalog.ProcedureContent;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.document.Attachment;
import vn.motcua.document.AttachmentStore;
import vn.motcua.identity.Account;
import vn.motcua.identity.AccountManagement;
import vn.motcua.shared.Actor;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.VietnamTime;

/**
 * Online submission: a signed-in applicant's dossier for the procedure version in force, with one
 * checked file per required document. It lands whole or not at all: the files are stored first,
 * the rows in one transaction, and the files of a submission that fails are removed. A retry with
 * the same idempotency key returns the dossier of the first attempt.
 */
@Service
public class DossierIntake {

	private final DossierRepository dossiers;
	private final DossierCodeSequence codes;
	private final CatalogManagement catalog;
	private final AccountManagement accounts;
	private final AttachmentStore attachments;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;
	private final Clock clock;

	DossierIntake(DossierRepository dossiers, DossierCodeSequence codes, CatalogManagement catalog,
			AccountManagement accounts, AttachmentStore attachments, ApplicationEventPublisher events,
			TransactionTemplate transactions, Clock clock) {
		this.dossiers = dossiers;
		this.codes = codes;
		this.catalog = catalog;
		this.accounts = accounts;
		this.attachments = attachments;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	public Dossier submitOnline(UUID accountId, OnlineSubmission submission) {
		if (submission.idempotencyKey() != null) {
			var earlier = dossiers.findByAccountIdAndIdempotencyKey(accountId, submission.idempotencyKey());
			if (earlier.isPresent()) {
				return earlier.get();
			}
		}
		Account account = accounts.findById(accountId).orElseThrow();
		ProcedureVersion version = catalog.versionInForce(submission.procedureCode(), clock.instant())
			.orElseThrow(() -> new InvalidRequestException("dossier.intake.procedure.unknown", submission.procedureCode()));
		OnlineSubmissionRules.check(version.content(), account, submission, attachments);
		List<Attachment> stored = new ArrayList<>();
		try {
			List<DossierDocument> documents = store(version.content(), submission.files(), stored);
			return transactions.execute(status -> register(account, version, submission, documents));
		}
		catch (DuplicateKeyException concurrentRetry) {
			removeAll(stored);
			return dossiers.findByAccountIdAndIdempotencyKey(accountId, String.valueOf(submission.idempotencyKey()))
				.orElseThrow(() -> concurrentRetry);
		}
		catch (RuntimeException failure) {
			removeAll(stored);
			throw failure;
		}
	}

	private List<DossierDocument> store(ProcedureContent content, List<UploadedFile> files, List<Attachment> stored) {
		List<DossierDocument> documents = new ArrayList<>();
		for (UploadedFile file : files) {
			Attachment attachment = attachments.store(file.fileName(), file.content());
			stored.add(attachment);
			documents.add(DossierDocument.file(file.requiredDocumentIndex(),
					content.documents().get(file.requiredDocumentIndex()).name(), attachment.id(), attachment.sha256(),
					attachment.fileName(),
					attachment.contentType(), attachment.size()));
		}
		return documents;
	}

	private Dossier register(Account account, ProcedureVersion version, OnlineSubmission submission,
			List<DossierDocument> documents) {
		Instant now = clock.instant();
		DossierCode code = codes.next(version.content().agencyCode(), LocalDate.ofInstant(now, VietnamTime.ZONE));
		Applicant applicant = new Applicant(ApplicantKind.valueOf(account.kind().name()), account.displayName(),
				String.valueOf(account.idNumber()), submission.address().trim(), String.valueOf(account.phone()),
				account.email());
		Submission registration = new Submission(
				new ProcedureReference(version.procedureCode(), version.id(), version.content().name()), Channel.ONLINE,
				1, applicant, account.id(), submission.delivery(), submission.deliveryAddress(),
				submission.idempotencyKey(), documents);
		Dossier dossier = dossiers.save(Dossier.register(code, registration, now, new Actor(account.username())));
		dossier.takeEvents().forEach(events::publishEvent);
		return dossier;
	}

	private void removeAll(List<Attachment> stored) {
		stored.forEach(attachment -> attachments.delete(attachment.id()));
	}
}
