package vn.motcua.consultation;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.motcua.document.AttachmentStore;
import vn.motcua.document.CheckedFile;
import vn.motcua.identity.CurrentUser;
import vn.motcua.identity.Role;
import vn.motcua.organization.Agency;
import vn.motcua.shared.Actor;
import vn.motcua.shared.InvalidFieldException;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.NotFoundException;

/**
 * The consultation module's entry point for drafts put out for comment: preparing and editing a
 * draft, opening it under the minimum period in force, extending it, and publishing the synthesis
 * once every comment is decided.
 */
@Service
public class ConsultationManagement {

	private static final Logger log = LoggerFactory.getLogger(ConsultationManagement.class);

	/** What a draft may be: PDF or Word, as the attachment store sniffs it. */
	static final Set<String> DRAFT_TYPES = Set.of("application/pdf",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private final ConsultationRepository consultations;
	private final ConsultationCommentRepository comments;
	private final ConsultationPeriods periods;
	private final ConsultationOfficers officers;
	private final AttachmentStore attachments;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ConsultationManagement(ConsultationRepository consultations, ConsultationCommentRepository comments,
			ConsultationPeriods periods, ConsultationOfficers officers, AttachmentStore attachments,
			ApplicationEventPublisher events, Clock clock) {
		this.consultations = consultations;
		this.comments = comments;
		this.periods = periods;
		this.officers = officers;
		this.attachments = attachments;
		this.events = events;
		this.clock = clock;
	}

	/** A draft file as uploaded. */
	public record UploadedDraft(String fileName, byte[] content) {
	}

	/**
	 * Prepares a consultation of the officer's agency with its draft files.
	 *
	 * @throws InvalidFieldException when a part is missing or too long, the period is shorter than the
	 *         minimum, or a file is not a PDF or Word file
	 */
	@Transactional
	public Consultation prepare(DraftContent content, List<UploadedDraft> files, CurrentUser user) {
		Agency agency = officers.draftingAgency(user);
		Consultation consultation = Consultation.prepare(agency.id(), agency.code(), content, user.username(),
				clock.instant());
		requireMinimumPeriod(consultation);
		stored(files).forEach(consultation::addDraftFile);
		return save(consultation, user, "prepared");
	}

	/** Edits it while in preparation, adding any further draft files. */
	@Transactional
	public Consultation edit(UUID id, DraftContent content, List<UploadedDraft> files, CurrentUser user) {
		Consultation consultation = officerConsultation(id, user, ConsultationOfficers.DRAFTERS);
		consultation.edit(content);
		requireMinimumPeriod(consultation);
		stored(files).forEach(consultation::addDraftFile);
		return save(consultation, user, "edited");
	}

	/**
	 * Removes a draft file while in preparation. Its stored copy is deleted only once the removal has
	 * committed: deleted before, a rollback would leave the draft naming a file that is gone.
	 *
	 * @param attachmentId the stored id of the file the officer confirmed, checked against its place
	 */
	@Transactional
	public Consultation removeDraftFile(UUID id, int index, String attachmentId, CurrentUser user) {
		Consultation consultation = officerConsultation(id, user, ConsultationOfficers.DRAFTERS);
		DraftFile removed = consultation.removeDraftFile(index, attachmentId);
		Consultation saved = consultations.save(consultation);
		events.publishEvent(new DraftFileRemoved(new Actor(user.username()), clock.instant(), id,
				consultation.agencyCode(), removed));
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				deleteStored(removed);
			}
		});
		return saved;
	}

	/**
	 * The removal has committed whatever happens here: a copy that cannot be deleted stays on the disk,
	 * named by nothing, rather than failing the officer's request after the fact.
	 */
	private void deleteStored(DraftFile removed) {
		try {
			attachments.delete(removed.attachmentId());
		}
		catch (UncheckedIOException e) {
			log.warn("The removed draft file {} stays stored: {}", removed.attachmentId(), e.getMessage());
		}
	}

	/**
	 * The drafter learns of a too-short period at its field, not only when the unit head opens it
	 * (checked again then: the rules in force may have changed in between).
	 */
	private void requireMinimumPeriod(Consultation consultation) {
		try {
			periods.check(consultation.documentType(), consultation.period());
		}
		catch (InvalidRequestException tooShort) {
			throw new InvalidFieldException("closesOn", tooShort.messageKey(), tooShort.arguments());
		}
	}

	/** Checks every file before storing any, so that a refused file leaves nothing behind. */
	private List<DraftFile> stored(List<UploadedDraft> files) {
		List<CheckedFile> checked = files.stream().map(file -> {
			try {
				CheckedFile sniffed = attachments.check(file.fileName(), file.content());
				if (DRAFT_TYPES.contains(sniffed.contentType())) {
					return sniffed;
				}
			}
			catch (InvalidRequestException refused) {
				throw new InvalidFieldException("draftFiles", refused.messageKey(), refused.arguments());
			}
			throw new InvalidFieldException("draftFiles", "consultation.draft-file.type", file.fileName());
		}).toList();
		return checked.stream().map(attachments::store)
			.map(stored -> new DraftFile(stored.id(), stored.fileName(), stored.contentType(), stored.size()))
			.toList();
	}

	/** @throws InvalidRequestException when the period is shorter than the minimum in force on its opening date */
	@Transactional
	public Consultation open(UUID id, CurrentUser user) {
		Consultation consultation = officerConsultation(id, user, ConsultationOfficers.PUBLISHERS);
		consultation.open(periods, clock.instant());
		return save(consultation, user, "opened");
	}

	@Transactional
	public Consultation extend(UUID id, LocalDate closesOn, CurrentUser user) {
		Consultation consultation = officerConsultation(id, user, ConsultationOfficers.PUBLISHERS);
		consultation.extend(closesOn, clock.instant());
		return save(consultation, user, "extended");
	}

	@Transactional
	public Consultation publishSynthesis(UUID id, CurrentUser user) {
		Consultation consultation = officerConsultation(id, user, ConsultationOfficers.PUBLISHERS);
		consultation.publishSynthesis(comments.countUndecidedOf(id), clock.instant());
		return save(consultation, user, "synthesis-published");
	}

	/** Records the decision on a comment after the period, before the synthesis is published. */
	@Transactional
	public ConsultationComment decide(UUID id, String commentCode, CommentDecision decision,
			@Nullable String explanation, CurrentUser user) {
		Consultation consultation = officerConsultation(id, user, ConsultationOfficers.DRAFTERS);
		ConsultationComment.requireDecidable(consultation, clock.instant());
		ConsultationComment comment = comments.findByCode(commentCode)
			.filter(found -> found.consultationId().equals(id))
			.orElseThrow(() -> new NotFoundException("consultation.comment.unknown", commentCode));
		comment.decide(decision, explanation, user.username(), clock.instant());
		comments.save(comment);
		events.publishEvent(new ConsultationCommentChanged(new Actor(user.username()), clock.instant(), comment.code(),
				id, consultation.agencyCode(), "decided", decision));
		return comment;
	}

	/** A consultation as the officers' pages show it, to any reader of its agency (the inspection board too). */
	public Consultation forOfficer(UUID id, CurrentUser user) {
		return officerConsultation(id, user, ConsultationOfficers.READERS);
	}

	/**
	 * Every comment with its commenter and contact, for the agency's readers: whole for those who decide
	 * on them, who may write to a commenter; with the contacts masked, in the contact field and in the
	 * texts, for the inspection board, which only supervises (decision 0031).
	 */
	public List<ConsultationComment> comments(UUID id, CurrentUser user) {
		Consultation consultation = officerConsultation(id, user, ConsultationOfficers.READERS);
		List<ConsultationComment> all = comments.findOf(id);
		return mayDraft(consultation, user) ? all : all.stream().map(ConsultationComment::withContactsMasked).toList();
	}

	/** Whether the officer prepares consultations for their agency (the inspection board does not). */
	public boolean mayPrepare(CurrentUser user) {
		return officers.mayPrepare(user);
	}

	/** Whether the user may change it (prepare, edit, decide) and publish it (open, extend, publish). */
	public boolean mayDraft(Consultation consultation, CurrentUser user) {
		return ConsultationOfficers.DRAFTERS.stream().anyMatch(role -> user.hasRole(role, consultation.agencyId()));
	}

	public boolean mayPublish(Consultation consultation, CurrentUser user) {
		return user.hasRole(Role.UNIT_HEAD, consultation.agencyId())
				|| user.hasRole(Role.AGENCY_LEADER, consultation.agencyId());
	}

	/**
	 * An opened consultation its reader may see: a public one to anyone, a staff one to the agency's
	 * officers; to anyone else it does not exist.
	 */
	public Consultation forReader(UUID id, @Nullable CurrentUser user) {
		return consultations.findById(id).filter(found -> officers.mayRead(found, user))
			.orElseThrow(() -> new NotFoundException("consultation.unknown"));
	}

	/** A draft file of a consultation the reader may see, or of one the officer reads. */
	public Optional<DraftFileContent> draftFile(Consultation consultation, int index) {
		if (index < 0 || index >= consultation.draftFiles().size()) {
			return Optional.empty();
		}
		DraftFile file = consultation.draftFiles().get(index);
		return attachments.read(file.attachmentId()).map(bytes -> new DraftFileContent(file, bytes));
	}

	/** A draft file with its bytes, to download. */
	public record DraftFileContent(DraftFile file, byte[] content) {
	}

	private Consultation officerConsultation(UUID id, CurrentUser user, Set<Role> roles) {
		Consultation consultation = consultations.findById(id)
			.orElseThrow(() -> new NotFoundException("consultation.unknown"));
		officers.require(consultation, user, roles);
		return consultation;
	}

	private Consultation save(Consultation consultation, CurrentUser user, String change) {
		Consultation saved = consultations.save(consultation);
		events.publishEvent(new ConsultationChanged(new Actor(user.username()), clock.instant(), saved.id(),
				saved.agencyCode(), saved.status(), change));
		return saved;
	}
}
