package vn.motcua.petition;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import vn.motcua.calendar.Timeliness;
import vn.motcua.shared.Actor;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.PersonalData;
import vn.motcua.shared.SearchWords;
import vn.motcua.shared.TimeOrderedIds;

/**
 * A petition (đơn): one feedback, proposal, question, complaint, denunciation or voter petition,
 * judged under the rule set in force when it was received. Its status changes only through its
 * guarded methods, each of which appends to its history.
 */
@Table("petition")
public class Petition implements Cloneable {

	/** The widths of the search_text and petitioner_words columns. */
	static final int SEARCH_TEXT_LENGTH = 20_000;
	static final int PETITIONER_WORDS_LENGTH = 310;
	/**
	 * The width of the contact_words column: the longest title and content and a space for each and
	 * the column's first. The words of the contacts typed in a text are never longer than the text (a
	 * word is a run of the text's letters and digits, and the contacts found in it do not overlap), so
	 * none is ever cut off: a collective petition lists its signatories' numbers one after another,
	 * and the last signatory's must find it as the first's does.
	 */
	public static final int CONTACT_WORDS_LENGTH = PetitionContent.MAX_TITLE + PetitionContent.MAX_CONTENT + 3;

	@Id
	private UUID id;
	@Version
	private @Nullable Long version;
	private String code;
	private String agencyCode;
	private PetitionKind kind;
	private PetitionChannel channel;
	private PetitionStatus status;
	private String ruleSet;
	private Complexity complexity;
	private String title;
	private String content;
	private @Nullable String concerning;
	private @Nullable String sectorCode;
	private @Nullable String procedureCode;
	private @Nullable String dossierCode;
	@Embedded.Empty(prefix = "petitioner_")
	private Petitioner petitioner;
	private @Nullable String attachmentId;
	private @Nullable String attachmentName;
	private @Nullable String attachmentType;
	private @Nullable UUID accountId;
	private @Nullable UUID receptionRecordId;
	private Instant receivedAt;
	private LocalDateTime acceptanceDueAt;
	private LocalDateTime forwardingDueAt;
	private @Nullable LocalDateTime resolutionDueAt;
	private int extensions;
	private @Nullable UUID unitId;
	private @Nullable UUID handlerAccountId;
	private @Nullable String handlerName;
	private @Nullable LocalDateTime decidedAt;
	private @Nullable Timeliness acceptanceTimeliness;
	private @Nullable String forwardedTo;
	private @Nullable String refusalReason;
	private @Nullable String answer;
	private @Nullable LocalDateTime answeredAt;
	private @Nullable Timeliness resolutionTimeliness;
	private boolean published;
	/** The hash of the petitioner's {@link ReadingKey}, issued with the answer; null before, or for an older answer. */
	private @Nullable String readingKeyHash;
	/** The words of its texts in search form, without their personal data ({@link #searchText}). */
	private String searchText;
	/**
	 * The words of the contacts and ID numbers typed in its title and content ({@link #contactWords}),
	 * which only the readers who see them whole search; null when none was typed.
	 */
	private @Nullable String contactWords;
	/** The petitioner's name in search form; none for a kind whose petitioner's identity is secret. */
	private @Nullable String petitionerWords;
	private @Nullable LocalDateTime closedAt;
	private boolean repeated;
	private boolean dissatisfied;
	@MappedCollection(idColumn = "petition_id", keyColumn = "position")
	private List<PetitionChange> history = new ArrayList<>();

	@SuppressWarnings("NullAway.Init")
	private Petition() {
	}

	@SuppressWarnings("NullAway.Init")
	static Petition receive(String code, String agencyCode, PetitionSubmission submission, String ruleSet,
			Instant receivedAt, LocalDateTime acceptanceDueAt, LocalDateTime forwardingDueAt, Actor actor) {
		Petition petition = new Petition();
		petition.id = TimeOrderedIds.next();
		petition.code = code;
		petition.agencyCode = agencyCode;
		petition.kind = submission.kind();
		petition.channel = submission.channel();
		petition.status = PetitionStatus.RECEIVED;
		petition.ruleSet = ruleSet;
		petition.complexity = Complexity.ORDINARY;
		petition.title = submission.title().strip();
		petition.content = submission.content().strip();
		petition.concerning = blankToNull(submission.concerning());
		petition.sectorCode = blankToNull(submission.sectorCode());
		petition.procedureCode = blankToNull(submission.procedureCode());
		petition.dossierCode = blankToNull(submission.dossierCode());
		petition.petitioner = new Petitioner(blankToNull(submission.name()), blankToNull(submission.address()),
				blankToNull(submission.phone()), blankToNull(submission.email()));
		petition.accountId = submission.accountId();
		petition.receptionRecordId = submission.receptionRecordId();
		petition.receivedAt = receivedAt;
		petition.acceptanceDueAt = acceptanceDueAt;
		petition.forwardingDueAt = forwardingDueAt;
		petition.searchText = searchText(petition.title, petition.content);
		petition.contactWords = contactWords(petition.title, petition.content);
		petition.petitionerWords = petition.kind.identitySecret() || petition.petitioner.name() == null ? null
				: SearchWords.column(PETITIONER_WORDS_LENGTH, petition.petitioner.name());
		petition.record("received", receivedAt, actor, null);
		return petition;
	}

	void attach(String attachmentId, String name, String contentType) {
		this.attachmentId = attachmentId;
		this.attachmentName = name;
		this.attachmentType = contentType;
	}

	/** The kind is fixed at intake, where its required content was checked; the sector and complexity are not. */
	void classify(@Nullable String newSector, Complexity newComplexity, Instant at, Actor actor) {
		requireOpen();
		this.sectorCode = blankToNull(newSector);
		this.complexity = newComplexity;
		record("classified", at, actor, newComplexity + (sectorCode == null ? "" : " " + sectorCode));
	}

	void assign(UUID newUnitId, UUID handler, String name, Instant at, Actor actor) {
		requireOpen();
		this.unitId = newUnitId;
		this.handlerAccountId = handler;
		this.handlerName = name;
		record("assigned", at, actor, name);
	}

	/**
	 * The handler can no longer handle it (their account was disabled: {@code handed-back}; they moved
	 * to another unit: {@code moved-away}, the history's action): it stays with its unit, assigned to
	 * nobody, for the unit head or the leader to assign again.
	 */
	void handBack(String action, String reason, Instant at, Actor actor) {
		requireOpen();
		this.handlerAccountId = null;
		this.handlerName = null;
		record(action, at, actor, reason);
	}

	/**
	 * Its unit was merged or split: it goes on at the successor that took the unit's open work, with
	 * the same handler, who moved with the unit.
	 */
	void moveToUnit(UUID successor, String reason, Instant at, Actor actor) {
		requireOpen();
		this.unitId = successor;
		record("unit-moved", at, actor, reason);
	}

	void accept(LocalDateTime at, Timeliness timeliness, LocalDateTime resolutionDue, Instant now, Actor actor) {
		requireStatus(PetitionStatus.RECEIVED);
		this.status = PetitionStatus.ACCEPTED;
		this.decidedAt = at;
		this.acceptanceTimeliness = timeliness;
		this.resolutionDueAt = resolutionDue;
		record("accepted", now, actor, null);
	}

	void refuse(String reason, LocalDateTime at, Timeliness timeliness, Instant now, Actor actor) {
		requireStatus(PetitionStatus.RECEIVED);
		this.status = PetitionStatus.REFUSED;
		this.decidedAt = at;
		this.acceptanceTimeliness = timeliness;
		this.refusalReason = reason;
		record("refused", now, actor, reason);
	}

	void forward(String body, LocalDateTime at, Timeliness timeliness, Instant now, Actor actor) {
		requireStatus(PetitionStatus.RECEIVED);
		this.status = PetitionStatus.FORWARDED;
		this.decidedAt = at;
		this.acceptanceTimeliness = timeliness;
		this.forwardedTo = body;
		record("forwarded", now, actor, body);
	}

	void extend(LocalDateTime newDue, String reason, Instant now, Actor actor) {
		requireStatus(PetitionStatus.ACCEPTED);
		this.resolutionDueAt = newDue;
		this.extensions++;
		record("extended", now, actor, reason);
	}

	/** @param readingKey the petitioner's key to the answer, which the notice of it carries; only its hash is kept */
	void answer(String text, boolean publish, String readingKey, LocalDateTime at, Timeliness timeliness, Instant now,
			Actor actor) {
		requireStatus(PetitionStatus.ACCEPTED);
		if (publish && !kind.publishable()) {
			throw new InvalidRequestException("petition.publish.not-allowed");
		}
		this.status = PetitionStatus.ANSWERED;
		this.answer = text;
		this.answeredAt = at;
		this.resolutionTimeliness = timeliness;
		this.published = publish;
		this.readingKeyHash = ReadingKey.hash(readingKey);
		this.searchText = searchText(title, content, text);
		record("answered", now, actor, null);
	}

	/**
	 * The search form of a petition's texts without their personal data (ID numbers, phone numbers and
	 * e-mail addresses, {@link PersonalData#mask}): what the people's inspection board searches, which
	 * reads them masked (decision 0031), and, once answered, the public questions and answers page, which
	 * hides them ({@link PetitionManagement#publishedAnswers}); a hidden number must find nothing there.
	 * Public for the migrations that write the stored petitions' form again.
	 */
	public static String searchText(String... texts) {
		return SearchWords.column(SEARCH_TEXT_LENGTH,
				Arrays.stream(texts).map(text -> PersonalData.mask(text, " ")).toArray(String[]::new));
	}

	/**
	 * The search form of the personal data typed in the texts ({@link PersonalData#foundIn}), which the
	 * officers who handle petitions search with {@link #searchText} and read whole; null when there is
	 * none. Each word once: the search finds a word wherever it stands, and a number repeated in a long
	 * letter would only take room. Public for the migrations that write it for the stored petitions.
	 */
	public static @Nullable String contactWords(String... texts) {
		List<String> words = Arrays.stream(texts).flatMap(text -> PersonalData.foundIn(text).stream())
			.flatMap(found -> SearchWords.of(found).stream()).distinct().toList();
		return words.isEmpty() ? null : SearchWords.column(CONTACT_WORDS_LENGTH, String.join(" ", words));
	}

	/**
	 * The petition as a reader who sees contacts masked reads it (the people's inspection board, decision
	 * 0031): the phone numbers, e-mail addresses and ID numbers that citizens and officers typed in its
	 * texts masked ({@link PersonalData#maskContactsIn}). A copy to be read, never saved: the petition's
	 * own texts stay whole for those who handle it.
	 */
	Petition withContactsInTextsMasked() {
		Petition copy;
		try {
			copy = (Petition) clone();
		}
		catch (CloneNotSupportedException impossible) {
			throw new IllegalStateException(impossible);
		}
		copy.title = PersonalData.maskContactsIn(title);
		copy.content = PersonalData.maskContactsIn(content);
		copy.concerning = masked(concerning);
		copy.forwardedTo = masked(forwardedTo);
		copy.refusalReason = masked(refusalReason);
		copy.answer = masked(answer);
		copy.history = new ArrayList<>(history.stream()
			.map(change -> new PetitionChange(change.action(), change.changedAt(), change.actor(), masked(change.note())))
			.toList());
		return copy;
	}

	private static @Nullable String masked(@Nullable String text) {
		return text == null ? null : PersonalData.maskContactsIn(text);
	}

	void publish(Instant now, Actor actor) {
		requireStatus(PetitionStatus.ANSWERED, PetitionStatus.CLOSED);
		if (!kind.publishable()) {
			throw new InvalidRequestException("petition.publish.not-allowed");
		}
		this.published = true;
		record("published", now, actor, null);
	}

	void close(LocalDateTime at, Instant now, Actor actor) {
		if (status == PetitionStatus.CLOSED || status.open()) {
			throw new InvalidRequestException("petition.status.invalid", status);
		}
		this.status = PetitionStatus.CLOSED;
		this.closedAt = at;
		record("closed", now, actor, null);
	}

	void markRepeated(Instant now, Actor actor) {
		this.repeated = true;
		record("marked-repeated", now, actor, null);
	}

	void markDissatisfied(Instant now, Actor actor) {
		if (answeredAt == null) {
			throw new InvalidRequestException("petition.status.invalid", status);
		}
		this.dissatisfied = true;
		record("dissatisfied", now, actor, null);
	}

	/** The due time of the step the petition waits for, or null when nothing is due. */
	public @Nullable LocalDateTime nextDueAt() {
		return nextDueAt(status, acceptanceDueAt, forwardingDueAt, resolutionDueAt);
	}

	/** The due time of the step a petition in that status waits for, from its deadlines. */
	static @Nullable LocalDateTime nextDueAt(PetitionStatus status, LocalDateTime acceptanceDueAt,
			LocalDateTime forwardingDueAt, @Nullable LocalDateTime resolutionDueAt) {
		return switch (status) {
			case RECEIVED -> acceptanceDueAt.isBefore(forwardingDueAt) ? acceptanceDueAt : forwardingDueAt;
			case ACCEPTED -> resolutionDueAt;
			default -> null;
		};
	}

	/** Whether the key is the reading key issued with the answer (compared in constant time). */
	boolean opensWith(@Nullable String readingKey) {
		return ReadingKey.opens(readingKey, readingKeyHash);
	}

	/** Whether the account is the handler the petition is assigned to. */
	public boolean handledBy(UUID account) {
		return account.equals(handlerAccountId);
	}

	private void requireOpen() {
		if (!status.open()) {
			throw new InvalidRequestException("petition.status.invalid", status);
		}
	}

	private void requireStatus(PetitionStatus... allowed) {
		for (PetitionStatus candidate : allowed) {
			if (status == candidate) {
				return;
			}
		}
		throw new InvalidRequestException("petition.status.invalid", status);
	}

	private void record(String action, Instant at, Actor actor, @Nullable String note) {
		history.add(new PetitionChange(action, at, actor.name(), note));
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	public UUID id() { return id; }
	public String code() { return code; }
	public String agencyCode() { return agencyCode; }
	public PetitionKind kind() { return kind; }
	public PetitionChannel channel() { return channel; }
	public PetitionStatus status() { return status; }
	public String ruleSet() { return ruleSet; }
	public Complexity complexity() { return complexity; }
	public String title() { return title; }
	public String content() { return content; }
	public @Nullable String concerning() { return concerning; }
	public @Nullable String sectorCode() { return sectorCode; }
	public @Nullable String procedureCode() { return procedureCode; }
	public @Nullable String dossierCode() { return dossierCode; }
	/** Package-private: other code reads the identity through {@link PetitionView}, which redacts it. */
	Petitioner petitioner() { return petitioner; }
	@Nullable String attachmentId() { return attachmentId; }
	public @Nullable String attachmentName() { return attachmentName; }
	public @Nullable String attachmentType() { return attachmentType; }
	public @Nullable UUID accountId() { return accountId; }
	public @Nullable UUID receptionRecordId() { return receptionRecordId; }
	public Instant receivedAt() { return receivedAt; }
	public LocalDateTime acceptanceDueAt() { return acceptanceDueAt; }
	public LocalDateTime forwardingDueAt() { return forwardingDueAt; }
	public @Nullable LocalDateTime resolutionDueAt() { return resolutionDueAt; }
	public int extensions() { return extensions; }
	public @Nullable UUID unitId() { return unitId; }
	public @Nullable UUID handlerAccountId() { return handlerAccountId; }
	public @Nullable String handlerName() { return handlerName; }
	public @Nullable LocalDateTime decidedAt() { return decidedAt; }
	public @Nullable Timeliness acceptanceTimeliness() { return acceptanceTimeliness; }
	public @Nullable String forwardedTo() { return forwardedTo; }
	public @Nullable String refusalReason() { return refusalReason; }
	public @Nullable String answer() { return answer; }
	public @Nullable LocalDateTime answeredAt() { return answeredAt; }
	public @Nullable Timeliness resolutionTimeliness() { return resolutionTimeliness; }
	public boolean published() { return published; }
	public @Nullable LocalDateTime closedAt() { return closedAt; }
	public boolean repeated() { return repeated; }
	public boolean dissatisfied() { return dissatisfied; }
	public List<PetitionChange> history() { return Collections.unmodifiableList(history); }
}
