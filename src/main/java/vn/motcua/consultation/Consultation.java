package vn.motcua.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import vn.motcua.shared.InvalidFieldException;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.TimeOrderedIds;

/**
 * A draft of a rule put out for comment (lấy ý kiến dự thảo), public or internal. Editable while in
 * preparation; once opened its period may only be extended, and once every comment has a decision
 * its synthesis may be published. Its status changes only through its guarded methods.
 */
@Table("consultation")
public class Consultation {

	@Id
	private UUID id;
	@Version
	private @Nullable Long version;
	private UUID agencyId;
	private String agencyCode;
	private ConsultationStatus status;
	private ConsultationAudience audience;
	private DraftDocumentType documentType;
	private String title;
	private String summary;
	private String draftingUnit;
	private LocalDate opensOn;
	private LocalDate closesOn;
	private @Nullable LocalDate rulesInForceFrom;
	private @Nullable Integer minimumDays;
	private String preparedBy;
	private Instant preparedAt;
	private @Nullable Instant openedAt;
	private @Nullable Instant synthesisPublishedAt;
	@MappedCollection(idColumn = "consultation_id", keyColumn = "position")
	private List<DraftFile> draftFiles = new ArrayList<>();

	@SuppressWarnings("NullAway.Init")
	private Consultation() {
	}

	@SuppressWarnings("NullAway.Init")
	static Consultation prepare(UUID agencyId, String agencyCode, DraftContent content, String preparedBy,
			Instant now) {
		Consultation consultation = new Consultation();
		consultation.id = TimeOrderedIds.next();
		consultation.agencyId = agencyId;
		consultation.agencyCode = agencyCode;
		consultation.status = ConsultationStatus.PREPARING;
		consultation.preparedBy = preparedBy;
		consultation.preparedAt = now;
		consultation.write(content);
		return consultation;
	}

	void edit(DraftContent content) {
		requireStatus(ConsultationStatus.PREPARING);
		write(content);
	}

	void addDraftFile(DraftFile file) {
		requireStatus(ConsultationStatus.PREPARING);
		draftFiles.add(file);
	}

	/**
	 * Takes a draft file off while in preparation: once opened, the files are public and stay as they
	 * were. The file is named by its place and its stored id both, so that a list changed meanwhile
	 * (another officer removed one before it) never loses the wrong file.
	 */
	DraftFile removeDraftFile(int index, String attachmentId) {
		requireStatus(ConsultationStatus.PREPARING);
		if (index < 0 || index >= draftFiles.size()) {
			throw new NotFoundException("consultation.draft-file.unknown");
		}
		if (!draftFiles.get(index).attachmentId().equals(attachmentId)) {
			throw new InvalidRequestException("consultation.draft-file.changed");
		}
		return draftFiles.remove(index);
	}

	/** Publishes it for its audience, under the rule set in force on its opening date. */
	void open(ConsultationPeriods periods, Instant now) {
		requireStatus(ConsultationStatus.PREPARING);
		if (draftFiles.isEmpty()) {
			throw new InvalidRequestException("consultation.open.no-draft");
		}
		ConsultationPeriods.RuleSet rules = periods.check(documentType, period());
		status = ConsultationStatus.OPEN;
		rulesInForceFrom = rules.inForceFrom();
		minimumDays = rules.minimumDays(documentType);
		openedAt = now;
	}

	/** Moves the closing date later while comments are still taken; never earlier. */
	void extend(LocalDate newClosesOn, Instant now) {
		requireStatus(ConsultationStatus.OPEN);
		if (period().closedAt(now)) {
			throw new InvalidRequestException("consultation.extend.closed");
		}
		if (!newClosesOn.isAfter(closesOn)) {
			throw new InvalidFieldException("closesOn", "consultation.extend.not-later");
		}
		closesOn = newClosesOn;
	}

	/** Publishes the synthesis once the period has ended and every comment has its decision. */
	void publishSynthesis(long undecidedComments, Instant now) {
		requireStatus(ConsultationStatus.OPEN);
		if (!period().closedAt(now)) {
			throw new InvalidRequestException("consultation.synthesis.still-open");
		}
		if (undecidedComments > 0) {
			throw new InvalidRequestException("consultation.synthesis.undecided", undecidedComments);
		}
		status = ConsultationStatus.SYNTHESIS_PUBLISHED;
		synthesisPublishedAt = now;
	}

	/** Whether comments on it are taken now: opened, and within its period. */
	public boolean takesCommentsAt(Instant now) {
		return status == ConsultationStatus.OPEN && period().takesCommentsAt(now);
	}

	private void write(DraftContent content) {
		DraftContent checked = content.checked();
		title = checked.title();
		documentType = checked.documentType();
		summary = checked.summary();
		draftingUnit = checked.draftingUnit();
		audience = checked.audience();
		opensOn = checked.opensOn();
		closesOn = checked.closesOn();
	}

	private void requireStatus(ConsultationStatus expected) {
		if (status != expected) {
			throw new InvalidRequestException("consultation.status.not-" + expected.name().toLowerCase(Locale.ROOT));
		}
	}

	public ConsultationPeriod period() {
		return new ConsultationPeriod(opensOn, closesOn);
	}

	public boolean isPublic() {
		return audience == ConsultationAudience.PUBLIC;
	}

	public UUID id() { return id; }
	public UUID agencyId() { return agencyId; }
	public String agencyCode() { return agencyCode; }
	public ConsultationStatus status() { return status; }
	public ConsultationAudience audience() { return audience; }
	public DraftDocumentType documentType() { return documentType; }
	public String title() { return title; }
	public String summary() { return summary; }
	public String draftingUnit() { return draftingUnit; }
	public LocalDate opensOn() { return opensOn; }
	public LocalDate closesOn() { return closesOn; }
	public @Nullable LocalDate rulesInForceFrom() { return rulesInForceFrom; }
	public @Nullable Integer minimumDays() { return minimumDays; }
	public String preparedBy() { return preparedBy; }
	public @Nullable Instant openedAt() { return openedAt; }
	public @Nullable Instant synthesisPublishedAt() { return synthesisPublishedAt; }
	public List<DraftFile> draftFiles() { return Collections.unmodifiableList(draftFiles); }
}
