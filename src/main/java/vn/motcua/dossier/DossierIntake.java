package vn.motcua.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.calendar.Pause;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.catalog.ApplicantKind;
import vn.motcua.catalog.CatalogManagement;
import vn.motcua.catalog.Channel;
import vn.motcua.catalog.ProcedureContent;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.document.Attachment;
import vn.motcua.document.AttachmentStore;
import vn.motcua.document.CheckedFile;
import vn.motcua.identity.Account;
import vn.motcua.identity.AccountHolder;
import vn.motcua.identity.AccountManagement;
import vn.motcua.organization.Agency;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.Actor;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.SubmissionKeys;
import vn.motcua.shared.VietnamTime;

/**
 * Registering dossiers: online by a signed-in applicant, or at the desk for papers handed in at the
 * counter or by post, always under the procedure version in force. A dossier lands whole or not at
 * all: the files are stored first, the rows in one transaction, and the files of a registration that
 * rolls back are removed; its number is taken before all that, in a transaction of its own
 * ({@link DossierCodeSequence}). Online, a retry with the same idempotency key returns the first
 * attempt's dossier; at the desk, the registration form sent twice (its submission key) registers one
 * dossier.
 */
@Service
public class DossierIntake {

	/** The scope of the registration forms' keys ({@link SubmissionKeys}). */
	private static final String COUNTER_KEYS = "counter";

	private final DossierRepository dossiers;
	private final DossierDraftRepository drafts;
	private final DossierCodeSequence codes;
	private final CatalogManagement catalog;
	private final AccountManagement accounts;
	private final AttachmentStore attachments;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;
	private final WorkingCalendar calendar;
	private final OrganizationManagement organization;
	private final Clock clock;
	private final SubmissionKeys submissionKeys;

	DossierIntake(DossierRepository dossiers, DossierDraftRepository drafts, DossierCodeSequence codes,
			CatalogManagement catalog,
			AccountManagement accounts, AttachmentStore attachments, ApplicationEventPublisher events,
			TransactionTemplate transactions, WorkingCalendar calendar, OrganizationManagement organization,
			Clock clock, SubmissionKeys submissionKeys) {
		this.submissionKeys = submissionKeys;
		this.dossiers = dossiers;
		this.drafts = drafts;
		this.codes = codes;
		this.catalog = catalog;
		this.accounts = accounts;
		this.attachments = attachments;
		this.events = events;
		this.transactions = transactions;
		this.calendar = calendar;
		this.organization = organization;
		this.clock = clock;
	}

	public Dossier submitOnline(UUID accountId, OnlineSubmission submission) {
		if (submission.idempotencyKey() != null) {
			var earlier = dossiers.findByAccountIdAndIdempotencyKey(accountId, submission.idempotencyKey());
			if (earlier.isPresent()) {
				return earlier.get();
			}
		}
		AccountHolder account = accounts.holderOf(accountId).orElseThrow();
		ProcedureVersion version = versionInForce(submission.procedureCode());
		List<CheckedFile> files = OnlineSubmissionRules.check(version.content(), account.kind(), submission,
				attachments);
		Numbered number = number(version);
		try {
			return land(files, stored -> register(number, new Submission(reference(version),
					Channel.ONLINE, 1, applicantOf(account, submission.address()), account.accountId(), submission.delivery(),
					submission.deliveryAddress(), submission.idempotencyKey(),
					documents(version.content(), submission.files(), stored)), new Actor(account.username())));
		}
		catch (DuplicateKeyException concurrentRetry) {
			return dossiers.findByAccountIdAndIdempotencyKey(accountId, String.valueOf(submission.idempotencyKey()))
				.orElseThrow(() -> concurrentRetry);
		}
	}

	/**
	 * Submits a draft whose files are already stored; the draft becomes the dossier. Submitting it
	 * again (a double click, a resent form) returns the same dossier.
	 */
	public Dossier submitDraft(UUID accountId, UUID draftId) {
		DossierDraft draft = drafts.findById(draftId).filter(candidate -> candidate.accountId().equals(accountId))
			.orElse(null);
		if (draft == null) {
			return dossiers.findByAccountIdAndIdempotencyKey(accountId, draftId.toString())
				.orElseThrow(() -> new NotFoundException("dossier.draft.not-found"));
		}
		AccountHolder account = accounts.holderOf(accountId).orElseThrow();
		ProcedureVersion version = versionInForce(draft.procedureCode());
		OnlineSubmissionRules.check(version.content(), account.kind(), draft.address(), draft.delivery(),
				draft.deliveryAddress(), draft.files().stream().map(DraftFile::requiredDocumentIndex).toList());
		List<DossierDocument> documents = draft.files().stream()
			.sorted(Comparator.comparingInt(DraftFile::requiredDocumentIndex))
			.map(file -> new DossierDocument(file.requiredDocumentIndex(),
					version.content().documents().get(file.requiredDocumentIndex()).name(), 0, 0, 0, file.attachmentId(),
					file.sha256(), file.fileName(), file.contentType(), file.fileSize()))
			.toList();
		Numbered number = number(version);
		try {
			return transactions.execute(status -> {
				drafts.delete(draft);
				return register(number, new Submission(reference(version), Channel.ONLINE, 1,
						applicantOf(account, draft.address()), account.accountId(), draft.delivery(), draft.deliveryAddress(),
						draftId.toString(), documents), new Actor(account.username()));
			});
		}
		catch (DuplicateKeyException | OptimisticLockingFailureException concurrentSubmit) {
			return dossiers.findByAccountIdAndIdempotencyKey(accountId, draftId.toString())
				.orElseThrow(() -> concurrentSubmit);
		}
	}

	/**
	 * The applicant sends what the desk asked for (Mẫu 02) on a dossier found incomplete at receipt;
	 * the dossier goes back to the desk with the new files.
	 */
	public Dossier completeOnline(UUID accountId, String code, List<UploadedFile> files) {
		Dossier dossier = dossiers.findByCode(code.trim()).filter(found -> accountId.equals(found.accountId()))
			.orElseThrow(() -> new NotFoundException("dossier.code.unknown", code));
		ProcedureContent procedure = catalog.version(dossier.procedure().versionId()).content();
		if (files.isEmpty()) {
			throw new InvalidRequestException("dossier.complete.files.required");
		}
		List<CheckedFile> checked = OnlineSubmissionRules.checkFiles(procedure.documents(), files, attachments);
		AccountHolder account = accounts.holderOf(accountId).orElseThrow();
		return land(checked, stored -> {
			Dossier current = dossiers.findById(dossier.id()).orElseThrow();
			completeWith(current, documents(procedure, files, stored), new Actor(account.username()));
			return saveAndPublish(current);
		});
	}

	/** Adds the documents supplied; a dossier already received resumes its paused clock. */
	private void completeWith(Dossier dossier, List<DossierDocument> added, Actor actor) {
		Instant now = clock.instant();
		Instant pausedFrom = dossier.lastEntered(DossierStatus.SUPPLEMENT_REQUESTED).orElse(now);
		dossier.complete(added, now, actor);
		if (dossier.receivedAt() != null) {
			resumeClock(dossier, pausedFrom, now);
		}
	}

	private Dossier saveAndPublish(Dossier dossier) {
		Dossier saved = dossiers.save(dossier);
		dossier.takeEvents().forEach(events::publishEvent);
		return saved;
	}

	/**
	 * The applicant brought the requested documents to the desk instead of uploading them: the desk
	 * records the papers (and any scans) on the dossier, which goes on as after an online supplement.
	 * The caller has checked that the officer is a desk officer of the dossier's agency.
	 */
	Dossier completeAtDesk(Dossier dossier, List<PaperDocument> papers) {
		ProcedureContent procedure = catalog.version(dossier.procedure().versionId()).content();
		List<PaperDocument> handedIn = papers.stream().filter(PaperDocument::isHandedIn).toList();
		if (handedIn.isEmpty()) {
			throw new InvalidRequestException("dossier.desk.supplement.nothing");
		}
		if (handedIn.stream().anyMatch(paper -> paper.requiredDocumentIndex() < 0
				|| paper.requiredDocumentIndex() >= procedure.documents().size())) {
			throw new InvalidRequestException("dossier.desk.supplement.unknown-document");
		}
		List<UploadedFile> scans = handedIn.stream().map(PaperDocument::scan).filter(Objects::nonNull).toList();
		List<CheckedFile> checked = OnlineSubmissionRules.checkFiles(procedure.documents(), scans, attachments);
		Actor desk = Actor.current();
		return land(checked, stored -> {
			Dossier current = dossiers.findById(dossier.id()).orElseThrow();
			completeWith(current, paperDocuments(procedure, handedIn, stored), desk);
			return saveAndPublish(current);
		});
	}

	/**
	 * The desk registers a dossier handed in at the counter or arrived by post, linked to the
	 * applicant's account when one carries the same ID number; the desk then decides on it.
	 */
	public Dossier registerAtDesk(CounterRegistration registration) {
		String key = registration.submissionKey() == null ? null : SubmissionKeys.checked(registration.submissionKey());
		String digest = key == null ? "" : submissionKeys.digest(registration.sent());
		Optional<Dossier> earlier = key == null ? Optional.empty() : registeredWith(key, digest);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		ProcedureVersion version = versionInForce(registration.procedureCode());
		List<CheckedFile> scans = CounterRegistrationRules.check(version.content(), registration, attachments);
		UUID accountId = accounts.findByUsername(registration.applicant().idNumber()).map(Account::id).orElse(null);
		Numbered number = number(version);
		try {
			return land(scans, stored -> {
				Dossier dossier = register(number, new Submission(reference(version), registration.channel(),
						registration.sets(), registration.applicant(), accountId, registration.delivery(),
						registration.deliveryAddress(), null,
						paperDocuments(version.content(), registration.documents(), stored)), Actor.current());
				if (key != null) {
					submissionKeys.record(COUNTER_KEYS, key, digest, dossier.code(), clock.instant());
				}
				return dossier;
			});
		}
		catch (DuplicateKeyException registeredTwiceAtOnce) {
			// the same form sent twice at once: the later's key failed on the earlier's, all of it rolled back
			return registeredWith(String.valueOf(key), digest).orElseThrow(() -> registeredTwiceAtOnce);
		}
	}

	private Optional<Dossier> registeredWith(String key, String digest) {
		return submissionKeys.find(COUNTER_KEYS, key).map(use -> dossiers.findByCode(use.codeFor(digest)).orElseThrow());
	}

	/**
	 * Stores the files, then registers the dossier in one transaction, so that a submission lands whole
	 * or not at all: the files are written before the transaction takes one of the pool's connections, and
	 * follow it from its start (decision 0023): removed when it rolls back, kept when it commits or when
	 * its outcome is unknown.
	 */
	private Dossier land(List<CheckedFile> files, Function<List<Attachment>, Dossier> registration) {
		return attachments.land(files, transactions, registration);
	}

	/** The processing clock stood still while the applicant was asked for documents: every due time moves. */
	private void resumeClock(Dossier dossier, Instant pausedFrom, Instant resumedAt) {
		Pause pause = new Pause(LocalDateTime.ofInstant(pausedFrom, VietnamTime.ZONE),
				LocalDateTime.ofInstant(resumedAt, VietnamTime.ZONE));
		UUID agencyId = organization.agencyByCode(dossier.agencyCode()).map(Agency::id).orElse(null);
		dossier.extendDueTimes(due -> calendar.extend(due, List.of(pause), agencyId));
	}

	private ProcedureVersion versionInForce(String procedureCode) {
		return catalog.versionInForce(procedureCode, clock.instant())
			.orElseThrow(() -> new InvalidRequestException("dossier.intake.procedure.unknown", procedureCode));
	}

	private static ProcedureReference reference(ProcedureVersion version) {
		return new ProcedureReference(version.procedureCode(), version.id(), version.content().name());
	}

	private static Applicant applicantOf(AccountHolder account, String address) {
		return new Applicant(ApplicantKind.valueOf(account.kind().name()), account.displayName(),
				String.valueOf(account.idNumber()), address.trim(), String.valueOf(account.phone()), account.email());
	}

	/** The uploaded files in order, each answering its required document. */
	private static List<DossierDocument> documents(ProcedureContent content, List<UploadedFile> files,
			List<Attachment> stored) {
		List<DossierDocument> documents = new ArrayList<>();
		for (int i = 0; i < files.size(); i++) {
			int index = files.get(i).requiredDocumentIndex();
			documents.add(document(content.documents().get(index).name(), index, 0, 0, 0, stored.get(i)));
		}
		return documents;
	}

	/** The documents handed in, with their counts and, in order, the scans stored for them. */
	private static List<DossierDocument> paperDocuments(ProcedureContent content, List<PaperDocument> papers,
			List<Attachment> stored) {
		Iterator<Attachment> scans = stored.iterator();
		return papers.stream().filter(PaperDocument::isHandedIn).map(paper -> document(
				content.documents().get(paper.requiredDocumentIndex()).name(), paper.requiredDocumentIndex(),
				paper.originals(), paper.certifiedCopies(), paper.photocopies(),
				paper.scan() == null ? null : scans.next())).toList();
	}

	private static DossierDocument document(String name, int index, int originals, int certified, int photocopies,
			@Nullable Attachment file) {
		return file == null ? new DossierDocument(index, name, originals, certified, photocopies, null, null, null, null, 0)
				: new DossierDocument(index, name, originals, certified, photocopies, file.id(), file.sha256(),
						file.fileName(), file.contentType(), file.size());
	}

	/** Takes the dossier's number, in a transaction of its own, before the registering transaction begins. */
	private Numbered number(ProcedureVersion version) {
		Instant now = clock.instant();
		return new Numbered(codes.next(version.content().agencyCode(), LocalDate.ofInstant(now, VietnamTime.ZONE)), now);
	}

	private Dossier register(Numbered number, Submission submission, Actor actor) {
		Dossier dossier = dossiers.save(Dossier.register(number.code(), submission, number.at(), actor));
		dossier.takeEvents().forEach(events::publishEvent);
		return dossier;
	}

	/** A dossier's code and the moment it was registered, whose day the code carries. */
	private record Numbered(DossierCode code, Instant at) {
	}
}
