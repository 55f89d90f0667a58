package vn.motcua.petition;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditTrail;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.document.Attachment;
import vn.motcua.document.AttachmentStore;
import vn.motcua.identity.Account;
import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.AccountState;
import vn.motcua.identity.CurrentUser;
import vn.motcua.identity.Role;
import vn.motcua.organization.Agency;
import vn.motcua.organization.Officer;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.Actor;
import vn.motcua.shared.InvalidFieldException;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.ListPage;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.PersonalData;
import vn.motcua.shared.QueueCursor;
import vn.motcua.shared.VietnamTime;

/**
 * The petition module's entry point: intake from every channel, handling within the legal times,
 * the denouncer's secret identity, tracking, and the published questions and answers.
 */
@Service
public class PetitionManagement {

	/** Roles that work on petitions; the People's Inspection Board reads them. */
	static final Set<Role> OFFICER_ROLES = Set.of(Role.RECEPTION_OFFICER, Role.SPECIALIST, Role.UNIT_HEAD,
			Role.AGENCY_LEADER, Role.PEOPLES_INSPECTOR);
	/**
	 * Roles that handle petitions and so reach the petitioners: a reader of an agency without one (the
	 * People's Inspection Board) reads the petitioners' contacts masked (decision 0031).
	 */
	private static final Set<Role> HANDLER_ROLES = Set.of(Role.RECEPTION_OFFICER, Role.SPECIALIST, Role.UNIT_HEAD,
			Role.AGENCY_LEADER);
	/** Who acted, in the history and the audit trail, when that would reveal a denouncer. */
	static final Actor PETITIONER = new Actor("petitioner");
	/** The audit trail's action for reading the export, whose record is the period, as from/to (ISO 8601). */
	private static final String EXPORT_READ = "petition.export.read";
	/** The officer a petition is assigned to, as the API's request body names it. */
	private static final String OFFICER_FIELD = "officerAccountId";
	private static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final java.security.SecureRandom CODE_RANDOM = new java.security.SecureRandom();
	/** The open petitions on a page of the queue unless the caller asks for another number. */
	public static final int QUEUE_PAGE_SIZE = ListPage.DEFAULT_SIZE;
	/** The most petitions on a page of the queue. */
	public static final int MAX_QUEUE_PAGE_SIZE = ListPage.MAX_SIZE;

	private final PetitionRepository petitions;
	private final PetitionDeadlines deadlines;
	private final PetitionRules rules;
	private final WorkingCalendar calendar;
	private final OrganizationManagement organization;
	private final AttachmentStore attachments;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final JdbcClient jdbc;
	private final PetitionStatistics statistics;
	private final PetitionLists lists;
	private final IssuedReadingKeys issuedKeys;
	private final vn.motcua.catalog.CatalogManagement catalog;
	private final MessageSource messages;
	private final AccountManagement accounts;
	private final Clock clock;

	PetitionManagement(PetitionRepository petitions, PetitionDeadlines deadlines, PetitionRules rules,
			WorkingCalendar calendar, OrganizationManagement organization, AttachmentStore attachments,
			AuditTrail audit, ApplicationEventPublisher events, JdbcClient jdbc, PetitionStatistics statistics,
			PetitionLists lists, IssuedReadingKeys issuedKeys, vn.motcua.catalog.CatalogManagement catalog,
			MessageSource messages, AccountManagement accounts, Clock clock) {
		this.accounts = accounts;
		this.issuedKeys = issuedKeys;
		this.catalog = catalog;
		this.messages = messages;
		this.petitions = petitions;
		this.deadlines = deadlines;
		this.rules = rules;
		this.calendar = calendar;
		this.organization = organization;
		this.attachments = attachments;
		this.audit = audit;
		this.events = events;
		this.jdbc = jdbc;
		this.statistics = statistics;
		this.lists = lists;
		this.clock = clock;
	}

	/**
	 * Receives a petition for the agency it is addressed to (the home agency unless it names another),
	 * under the rule set in force today, with its legal times computed on that agency's calendar.
	 *
	 * @throws IncompletePetitionException when its kind's required content is missing
	 * @throws InvalidRequestException when a text is too long or the attachment is not accepted; an
	 *         {@link InvalidFieldException} when no agency has the code it names
	 */
	@Transactional
	public Petition receive(PetitionSubmission submission, Actor sender) {
		PetitionContent.check(submission);
		if (submission.sectorCode() != null && !submission.sectorCode().isBlank()
				&& catalog.sector(submission.sectorCode().strip()).isEmpty()) {
			throw new InvalidRequestException("petition.sector.unknown");
		}
		Agency agency = organization.addressedAgency(submission.agencyCode());
		// a signed-in denouncer's user name would name them in the history and the audit trail
		Actor actor = submission.kind().identitySecret() && submission.accountId() != null ? PETITIONER : sender;
		Attachment attachment = null;
		if (submission.attachment() != null && submission.attachment().length > 0) {
			String name = submission.attachmentName() == null ? "attachment" : submission.attachmentName();
			attachment = attachments.store(name, submission.attachment());
		}
		Instant now = clock.instant();
		LocalDateTime receivedAt = local(now);
		String ruleSet = rules.inForceOn(receivedAt.toLocalDate()).id();
		Petition petition = Petition.receive(nextCode(), agency.code(), submission, ruleSet, now,
				deadlines.acceptanceDue(ruleSet, submission.kind(), receivedAt, agency.id()),
				deadlines.forwardingDue(ruleSet, submission.kind(), receivedAt, agency.id()), actor);
		if (attachment != null) {
			petition.attach(attachment.id(), attachment.fileName(), attachment.contentType());
		}
		petitions.save(petition);
		changed(petition, actor, "received", submission.channel().name());
		return petition;
	}

	/** A petition as the officer may see it; a denunciation's identity is read (and audited) only by its handler and the leader. */
	public PetitionView view(String code, CurrentUser user) {
		Petition petition = officerPetition(code, user);
		if (!readsContacts(agencyId(petition), user)) {
			return inspectedView(petition);
		}
		if (!petition.kind().identitySecret()) {
			return new PetitionView(petition, petition.petitioner(), false);
		}
		if (!mayReadIdentity(petition, user)) {
			return new PetitionView(petition, null, true);
		}
		identityRead(petition, user, "Denouncer identity of " + petition.code() + " read");
		return new PetitionView(petition, petition.petitioner(), false);
	}

	/** A view that never shows a denouncer's identity: the working copy, the API's answer to an action. */
	public PetitionView redactedView(Petition petition) {
		return petition.kind().identitySecret() ? new PetitionView(petition, null, true)
				: new PetitionView(petition, petition.petitioner(), false);
	}

	/** The working copy of a petition for any officer of its agency: it never reads a denouncer's identity. */
	public PetitionView workingCopy(String code, CurrentUser user) {
		Petition petition = officerPetition(code, user);
		return readsContacts(agencyId(petition), user) ? redactedView(petition) : inspectedView(petition);
	}

	/**
	 * The view of a reader who does not handle petitions: no denouncer, the others' contacts masked, in
	 * the petitioner's fields and in the texts.
	 */
	private PetitionView inspectedView(Petition petition) {
		Petition masked = petition.withContactsInTextsMasked();
		return petition.kind().identitySecret() ? new PetitionView(masked, null, true, true)
				: new PetitionView(masked, petition.petitioner().withContactsMasked(), false, true);
	}

	/**
	 * Whether the officer handles the agency's petitions: records, assigns, decides, answers. One who
	 * only reads them (the People's Inspection Board) is offered none of it, as each would be refused.
	 */
	public boolean handles(CurrentUser user) {
		return readsContacts(officerAgency(user).id(), user);
	}

	/** Whether the officer handles the agency's petitions, so reads their petitioners' contacts whole. */
	private static boolean readsContacts(UUID agencyId, CurrentUser user) {
		return HANDLER_ROLES.stream().anyMatch(role -> user.hasRole(role, agencyId));
	}

	/**
	 * The petitioner's identity alone.
	 *
	 * @throws AccessDeniedException for a denunciation, unless the reader is its handler or the agency leader
	 */
	public Petitioner identity(String code, CurrentUser user) {
		PetitionView view = view(code, user);
		if (view.identity() == null) {
			throw new AccessDeniedException("The denouncer's identity is secret");
		}
		return view.identity();
	}

	/** A petition's attached file as an officer downloads it. */
	public record AttachedFile(String fileName, @Nullable String contentType, byte[] content) {
	}

	/**
	 * The attachment, under the same rule as the identity: a denunciation's scan may show the
	 * denouncer's handwriting, so downloading it is one audited read of the identity; any scan may show
	 * the petitioner's address and phone, so a reader who sees them masked does not download it.
	 *
	 * @throws AccessDeniedException for a denunciation, unless the reader is its handler or the agency
	 *         leader; for any petition, to a reader who does not handle petitions
	 */
	public Optional<AttachedFile> attachment(String code, CurrentUser user) {
		Petition petition = officerPetition(code, user);
		String fileName = petition.attachmentName();
		if (petition.attachmentId() == null || fileName == null) {
			return Optional.empty();
		}
		if (!readsContacts(agencyId(petition), user)) {
			throw new AccessDeniedException("The scan shows the petitioner's contacts, which the reader sees masked");
		}
		if (petition.kind().identitySecret()) {
			if (!mayReadIdentity(petition, user)) {
				throw new AccessDeniedException("The denouncer's scan is secret");
			}
			identityRead(petition, user, "Denouncer's attachment to " + petition.code() + " read");
		}
		return attachments.read(petition.attachmentId())
			.map(content -> new AttachedFile(fileName, petition.attachmentType(), content));
	}

	private void identityRead(Petition petition, CurrentUser user, String summary) {
		audit.recordRead(actor(user), petition.agencyCode(), "petition.identity.read", "Petition", petition.code(),
				summary);
	}

	public boolean mayReadIdentity(Petition petition, CurrentUser user) {
		return !petition.kind().identitySecret() || petition.handledBy(user.accountId())
				|| user.hasRole(Role.AGENCY_LEADER, agencyId(petition));
	}

	/**
	 * A page of the open petitions of the officer's agency that the filter keeps, soonest due first
	 * (overdue first); with {@link PetitionQueueFilter#mine()}, only those assigned to the officer. The
	 * People's Inspection Board reads the petitioners' contacts masked, and its search does not match the
	 * contacts typed in the texts, which it reads masked too.
	 *
	 * @param after where the page starts, as the page before gave it; null for the first page
	 * @throws InvalidRequestException when {@code size} is not between 1 and {@link #MAX_QUEUE_PAGE_SIZE}
	 */
	public PetitionQueue queue(CurrentUser user, PetitionQueueFilter filter, @Nullable QueueCursor after, int size) {
		requireSize(size, MAX_QUEUE_PAGE_SIZE);
		Agency agency = officerAgency(user);
		boolean contacts = readsContacts(agency.id(), user);
		PetitionQueue queue = lists.queue(agency.code(), filter.mine() ? user.accountId() : null, filter, contacts,
				after, size, local(clock.instant()));
		if (contacts) {
			return queue;
		}
		return new PetitionQueue(queue.items().stream()
			.map(item -> new PetitionQueue.Item(item.petition().withContactsMasked(), item.standing()))
			.toList(), queue.next(), queue.open(), queue.overdue());
	}

	/**
	 * The petitions of the officer's agency received in the period (Vietnam dates, both included),
	 * oldest first, handed to {@code each} as they are read, for the export; no denouncer's identity.
	 * The export holds the petitioners' names, addresses and phones (masked for the People's Inspection
	 * Board, as its pages show them, decision 0031), so it is a sensitive read: recorded
	 * first, with the period and how many (never a petitioner), so that it stays recorded however the
	 * download ends. Read-only transaction: PostgreSQL sends the rows through a cursor, a batch at a
	 * time, only within one, so that a year of a department's petitions is never held in memory at once;
	 * repeatable read, so that the count recorded and the rows sent are of one snapshot, a petition
	 * received meanwhile in neither.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public void export(CurrentUser user, LocalDate from, LocalDate to, Consumer<PetitionSummary> each) {
		if (to.isBefore(from)) {
			throw new InvalidRequestException("petition.period.invalid");
		}
		Agency agency = officerAgency(user);
		boolean contacts = readsContacts(agency.id(), user);
		int count = lists.countReceivedIn(agency.code(), from, to);
		audit.recordRead(actor(user), agency.code(), EXPORT_READ, "Petition", from + "/" + to,
				"Export of the " + count + " petitions received from " + from + " to " + to
						+ (contacts ? ", with their petitioners' names and contacts"
								: ", with their petitioners' names and masked contacts"));
		lists.receivedIn(agency.code(), from, to, contacts ? each : summary -> each.accept(summary.withContactsMasked()));
	}

	@Transactional
	public Petition classify(String code, @Nullable String sectorCode, Complexity complexity, CurrentUser user) {
		Petition petition = managed(code, user);
		if (sectorCode != null && !sectorCode.isBlank() && catalog.sector(sectorCode).isEmpty()) {
			throw new InvalidRequestException("petition.sector.unknown");
		}
		petition.classify(sectorCode, complexity, clock.instant(), actor(user));
		return save(petition, user, "classified", complexity.name());
	}

	@Transactional
	public Petition assign(String code, UUID officerAccountId, CurrentUser user) {
		Petition petition = managed(code, user);
		// locked, then the officer and the account read as committed: a disable or a move to another unit
		// in progress is waited for and seen (decision 0033)
		boolean enabled = accounts.lockForWork(officerAccountId).map(Account::enabled).orElse(false);
		// a merge or split of the officer's unit that commits before the hold is read through the officer
		// read again after it; one that starts later waits for this commit and moves the petition (decision 0036)
		organization.holdUnitsForWork(List.of(officerToAssign(officerAccountId, petition).unitId()));
		Officer officer = officerToAssign(officerAccountId, petition);
		if (!enabled) {
			throw new InvalidFieldException(OFFICER_FIELD, "petition.officer.disabled", officer.fullName());
		}
		petition.assign(officer.unitId(), officer.accountId(), officer.fullName(), clock.instant(), actor(user));
		return save(petition, user, "assigned", officer.fullName());
	}

	private Officer officerToAssign(UUID officerAccountId, Petition petition) {
		return organization.officerOfAccount(officerAccountId)
			.filter(candidate -> candidate.agencyId().equals(agencyId(petition)))
			.orElseThrow(() -> new InvalidFieldException(OFFICER_FIELD, "petition.officer.unknown"));
	}

	@Transactional
	public Petition accept(String code, CurrentUser user) {
		Petition petition = handled(code, user);
		LocalDateTime now = local(clock.instant());
		petition.accept(now, calendar.timeliness(now, petition.acceptanceDueAt()),
				deadlines.resolutionDue(petition.ruleSet(), petition.kind(), now, agencyId(petition)), clock.instant(),
				actor(user));
		return save(petition, user, "accepted", null);
	}

	@Transactional
	public Petition refuse(String code, String reason, CurrentUser user) {
		Petition petition = handled(code, user);
		LocalDateTime now = local(clock.instant());
		petition.refuse(required(reason, "petition.reason.required"), now,
				calendar.timeliness(now, petition.acceptanceDueAt()), clock.instant(), actor(user));
		return save(petition, user, "refused", null);
	}

	@Transactional
	public Petition forward(String code, String competentBody, CurrentUser user) {
		Petition petition = handled(code, user);
		LocalDateTime now = local(clock.instant());
		petition.forward(required(competentBody, "petition.competent-body.required"), now,
				calendar.timeliness(now, petition.forwardingDueAt()), clock.instant(), actor(user));
		return save(petition, user, "forwarded", competentBody);
	}

	@Transactional
	public Petition extend(String code, String reason, CurrentUser user) {
		Petition petition = handled(code, user);
		LocalDateTime due = deadlines.extended(petition, agencyId(petition));
		petition.extend(due, required(reason, "petition.reason.required"), clock.instant(), actor(user));
		return save(petition, user, "extended", null);
	}

	/**
	 * Answers an accepted petition; publishing it on the questions and answers page needs a unit
	 * head or the leader. The answer comes with the petitioner's reading key, which the notice of it
	 * carries ({@link #answeredPetitioner}); the audit trail records the answer, never the key.
	 */
	@Transactional
	public Petition answer(String code, String text, boolean publish, CurrentUser user) {
		Petition petition = handled(code, user);
		if (publish) {
			requirePublisher(petition, user);
		}
		if (text.strip().length() > PetitionContent.MAX_CONTENT) {
			throw new InvalidRequestException("petition.too-long",
					new org.springframework.context.support.DefaultMessageSourceResolvable("petition.field.answer"),
					PetitionContent.MAX_CONTENT);
		}
		LocalDateTime now = local(clock.instant());
		LocalDateTime due = petition.resolutionDueAt();
		String readingKey = ReadingKey.issue();
		petition.answer(required(text, "petition.answer.required"), publish, readingKey, now,
				calendar.timeliness(now, due == null ? now : due), clock.instant(), actor(user));
		petitions.save(petition);
		issuedKeys.keep(petition.code(), readingKey);
		events.publishEvent(new PetitionAnswered(actor(user), clock.instant(), petition.code(), petition.agencyCode(),
				petition.kind(), petition.published()));
		return petition;
	}

	/**
	 * The petitioner of an answered petition, for the notice of the answer, with the reading key issued
	 * with the answer when asked in the answer's transaction (only then is the key known in clear; once).
	 * Reading a denouncer's identity for it is recorded in the audit trail, as every read of it is.
	 */
	@Transactional(readOnly = true)
	public Optional<AnsweredPetitioner> answeredPetitioner(String code) {
		return petitions.findByCode(code).filter(petition -> petition.answeredAt() != null)
			.map(petition -> {
				if (petition.kind().identitySecret()) {
					String summary = "Denouncer identity of " + petition.code() + " read to send the answer's notice";
					audit.recordRead(Actor.SYSTEM, petition.agencyCode(), "petition.identity.read", "Petition",
							petition.code(), summary);
				}
				return new AnsweredPetitioner(petition.code(), petition.title(), petition.kind(), petition.accountId(),
						petition.petitioner(), issuedKeys.take(petition.code()).orElse(null));
			});
	}

	@Transactional
	public Petition publish(String code, CurrentUser user) {
		Petition petition = officerPetition(code, user);
		requirePublisher(petition, user);
		petition.publish(clock.instant(), actor(user));
		return save(petition, user, "published", null);
	}

	@Transactional
	public Petition close(String code, CurrentUser user) {
		Petition petition = handled(code, user);
		petition.close(local(clock.instant()), clock.instant(), actor(user));
		return save(petition, user, "closed", null);
	}

	/** Marks a petition as repeating one already received (service index criterion 5.3). */
	@Transactional
	public Petition markRepeated(String code, CurrentUser user) {
		Petition petition = managed(code, user);
		petition.markRepeated(clock.instant(), actor(user));
		return save(petition, user, "marked-repeated", null);
	}

	/**
	 * A page of the signed-in petitioner's own petitions, the newest first, starting after
	 * {@code after} (from the start when null).
	 *
	 * @throws InvalidRequestException when {@code size} is not between 1 and {@link ListPage#MAX_SIZE}
	 */
	public ListPage<PetitionSummary> petitionsOf(UUID accountId, @Nullable QueueCursor after, int size) {
		requireSize(size, ListPage.MAX_SIZE);
		return lists.ofAccount(accountId, after, size);
	}

	/** One of the petitioner's own petitions; another's is never found. */
	public Petition petitionOf(UUID accountId, String code) {
		return petitions.findByCode(code).filter(petition -> accountId.equals(petition.accountId()))
			.orElseThrow(() -> new NotFoundException("petition.unknown", code));
	}

	/** The petitioner is not satisfied with the answer (service index criterion 5.3). */
	@Transactional
	public Petition dissatisfied(UUID accountId, String code) {
		Petition petition = petitionOf(accountId, code);
		Actor actor = petition.kind().identitySecret() ? PETITIONER : Actor.current();
		petition.markDissatisfied(clock.instant(), actor);
		petitions.save(petition);
		changed(petition, actor, "dissatisfied", null);
		return petition;
	}

	/** A petition by its code, whole: for the officers' API and the module; the public reads {@link #progress}. */
	public Optional<Petition> track(String code) {
		return petitions.findByCode(code.strip().toUpperCase(java.util.Locale.ROOT));
	}

	/**
	 * A petition's progress by its code, for anyone who holds the code: never its identity or content.
	 * The answer is its petitioner's: shown to the account that sent the petition, to whoever opens the
	 * link of the notice of the answer (its reading key), or, but for a denunciation, to whoever gives
	 * the phone number or e-mail address it was sent with; to anyone else only once published, its
	 * personal data hidden as on the questions and answers page (which lists the codes).
	 * <p>
	 * A denouncer's contact is never compared: whoever holds the code (the person denounced may learn it)
	 * could otherwise test guesses of who denounced them by whether the answer shows. A wrong key and a
	 * contact, right or wrong, get the very answer that nothing given gets. Reading the answer with the
	 * key reads no identity, and reads of petitions are not audited but for the identity, so it is not.
	 *
	 * @param reader the signed-in account, null when nobody is signed in
	 * @param proof what the reader gives to show they are the petitioner
	 * @param locale the reader's language, in which hidden data is marked
	 */
	public Optional<PetitionProgress> progress(String code, @Nullable UUID reader, PetitionerProof proof,
			Locale locale) {
		return track(code).map(petition -> {
			String answer = petition.answer();
			if (answer == null || isPetitioner(petition, reader, proof)) {
				return PetitionProgress.of(petition, answer);
			}
			String hidden = messages.getMessage(PersonalData.HIDDEN, null, locale);
			return PetitionProgress.of(petition, petition.published() ? PersonalData.mask(answer, hidden) : null);
		});
	}

	/**
	 * The account that sent the petition, whoever holds the reading key of its answer, or, where the
	 * petitioner's identity is not secret, whoever gives the phone number or e-mail address written in it.
	 */
	private static boolean isPetitioner(Petition petition, @Nullable UUID reader, PetitionerProof proof) {
		if (reader != null && reader.equals(petition.accountId())) {
			return true;
		}
		if (proof.readingKey() != null && petition.opensWith(proof.readingKey())) {
			return true;
		}
		String contact = proof.contact();
		return !petition.kind().identitySecret() && contact != null && !contact.isBlank()
				&& petition.petitioner().reachedAt(contact);
	}

	/**
	 * A published question or feedback and its answer.
	 *
	 * @param agencyCode the code of the agency that answered it
	 */
	public record PublishedAnswer(String code, String agencyCode, PetitionKind kind, String title, String question,
			String answer, @Nullable String sectorCode, @Nullable String procedureCode, LocalDateTime answeredAt) {

		PublishedAnswer withPersonalDataHidden(String hidden) {
			return new PublishedAnswer(code, agencyCode, kind, PersonalData.mask(title, hidden),
					PersonalData.mask(question, hidden),
					PersonalData.mask(answer, hidden), sectorCode, procedureCode, answeredAt);
		}
	}

	/**
	 * A page of the published answers matching every word of the query (diacritics ignored), the
	 * sector, the procedure and the agency, the newest first, and how many match; the personal data in
	 * their texts (citizen IDs, phone numbers, e-mail addresses) hidden.
	 *
	 * <p>Hidden when read rather than when published: the stored texts stay whole for the officers and
	 * the petitioner, and the answers published before this rule (or before a better masker) are hidden
	 * all the same. The search reads the answered petitions' search form, which leaves the personal data
	 * out ({@link Petition#searchText}), so a hidden number does not find its answer either.
	 *
	 * @param agencyCode the code of the agency that answered, in any letter case; every agency's when null
	 *        or blank (decision 0052)
	 * @param after where the page starts, as the page before gave it; null for the first page
	 * @param locale the reader's language, in which the hidden data is marked
	 * @throws InvalidRequestException when {@code size} is not between 1 and {@link #MAX_QUEUE_PAGE_SIZE},
	 *         or no agency has the code
	 */
	public ListPage<PublishedAnswer> publishedAnswers(@Nullable String query, @Nullable String sectorCode,
			@Nullable String procedureCode, @Nullable String agencyCode, @Nullable QueueCursor after, int size,
			Locale locale) {
		requireSize(size, MAX_QUEUE_PAGE_SIZE);
		ListPage<PublishedAnswer> page = lists.publishedAnswers(query, sectorCode, procedureCode,
				answeringAgency(agencyCode), after, size);
		String hidden = messages.getMessage(PersonalData.HIDDEN, null, locale);
		return page.map(answer -> answer.withPersonalDataHidden(hidden));
	}

	/**
	 * The figures of the petitions the agency received from {@code from} to {@code to} (both
	 * included, Vietnam's dates): the reporting module's input.
	 */
	public PetitionFigures figures(String agencyCode, java.time.LocalDate from, java.time.LocalDate to) {
		if (to.isBefore(from)) {
			throw new InvalidRequestException("petition.period.invalid");
		}
		return statistics.figures(agencyCode, from, to);
	}

	/** The code of the agency whose answers are read, as the agency keeps it; null for every agency's. */
	private @Nullable String answeringAgency(@Nullable String agencyCode) {
		if (agencyCode == null || agencyCode.isBlank()) {
			return null;
		}
		return organization.agencyByCode(agencyCode.strip()).map(Agency::code)
			.orElseThrow(() -> new InvalidRequestException("petition.agency.unknown", agencyCode));
	}

	private static void requireSize(int size, int most) {
		if (size < 1 || size > most) {
			throw new InvalidRequestException("petition.queue.bad-size", most);
		}
	}

	/** The officers of the agency a petition may be assigned to: not those whose account is disabled. */
	public List<Officer> assignableOfficers(CurrentUser user) {
		List<Officer> officers = organization.officers(officerAgency(user).id());
		var summaries = accounts.summaries(officers.stream().map(Officer::accountId).toList());
		return officers.stream()
			.filter(officer -> summaries.containsKey(officer.accountId())
					&& summaries.get(officer.accountId()).state() != AccountState.DISABLED)
			.toList();
	}

	private Petition save(Petition petition, CurrentUser user, String change, @Nullable String note) {
		petitions.save(petition);
		changed(petition, actor(user), change, note);
		return petition;
	}

	private void changed(Petition petition, Actor actor, String change, @Nullable String note) {
		// a denunciation's note never names the denouncer: notes are reasons, bodies and officers
		events.publishEvent(new PetitionChanged(actor, clock.instant(), petition.code(), petition.agencyCode(),
				petition.kind(), petition.status(), change, note));
	}

	/** Any officer role of the petition's agency. */
	private Petition officerPetition(String code, CurrentUser user) {
		Petition petition = petitions.findByCode(code).orElseThrow(() -> new NotFoundException("petition.unknown", code));
		UUID agencyId = agencyId(petition);
		if (OFFICER_ROLES.stream().noneMatch(role -> user.hasRole(role, agencyId))) {
			throw new NotFoundException("petition.unknown", code);
		}
		return petition;
	}

	/** Classifying and assigning: the unit head or the leader. */
	private Petition managed(String code, CurrentUser user) {
		Petition petition = officerPetition(code, user);
		UUID agencyId = agencyId(petition);
		if (!user.hasRole(Role.UNIT_HEAD, agencyId) && !user.hasRole(Role.AGENCY_LEADER, agencyId)) {
			throw new AccessDeniedException("Only a unit head or the leader classifies and assigns petitions");
		}
		return petition;
	}

	/** Deciding and answering: the assigned handler, the unit head or the leader. */
	private Petition handled(String code, CurrentUser user) {
		Petition petition = officerPetition(code, user);
		UUID agencyId = agencyId(petition);
		if (!petition.handledBy(user.accountId()) && !user.hasRole(Role.UNIT_HEAD, agencyId)
				&& !user.hasRole(Role.AGENCY_LEADER, agencyId)) {
			throw new AccessDeniedException("Only the handler, a unit head or the leader handles a petition");
		}
		return petition;
	}

	private void requirePublisher(Petition petition, CurrentUser user) {
		UUID agencyId = agencyId(petition);
		if (!user.hasRole(Role.UNIT_HEAD, agencyId) && !user.hasRole(Role.AGENCY_LEADER, agencyId)) {
			throw new AccessDeniedException("Only a unit head or the leader publishes an answer");
		}
	}

	/** The agency whose petitions the officer works on: the one they hold an officer role in (decision 0047). */
	private Agency officerAgency(CurrentUser user) {
		return organization.agencyOf(user, OFFICER_ROLES)
			.orElseThrow(() -> new AccessDeniedException("Not an officer of any agency"));
	}

	/**
	 * The code of the agency whose petitions the officer records and handles, for the petitions they
	 * record from the hotline, the post or the reception: their own agency's, never the one a form names.
	 */
	public String recordingAgencyCode(CurrentUser user) {
		return officerAgency(user).code();
	}

	private UUID agencyId(Petition petition) {
		return organization.agencyByCode(petition.agencyCode()).map(Agency::id)
			.orElseThrow(() -> new IllegalStateException("Unknown agency " + petition.agencyCode()));
	}

	/**
	 * The running number, then two groups of four characters drawn by a cryptographic generator: the
	 * code is all the tracking page asks for, so it must not be guessable from another petition's
	 * (40 bits; letters and digits that cannot be misread for one another when read out or typed).
	 */
	private String nextCode() {
		long number = jdbc.sql("SELECT nextval('petition_code_seq')").query(Long.class).single();
		StringBuilder code = new StringBuilder(String.format("PA%06d", number));
		for (int i = 0; i < 8; i++) {
			code.append(i % 4 == 0 ? "-" : "").append(CODE_LETTERS.charAt(CODE_RANDOM.nextInt(CODE_LETTERS.length())));
		}
		return code.toString();
	}

	private static String required(String text, String messageKey) {
		if (text == null || text.isBlank()) {
			throw new InvalidRequestException(messageKey);
		}
		if (text.strip().length() > 2000 && !"petition.answer.required".equals(messageKey)) {
			throw new InvalidRequestException("petition.too-long",
					new org.springframework.context.support.DefaultMessageSourceResolvable("petition.field.reason"), 2000);
		}
		return text.strip();
	}

	private static Actor actor(CurrentUser user) {
		return new Actor(user.username());
	}

	static LocalDateTime local(Instant instant) {
		return LocalDateTime.ofInstant(instant, VietnamTime.ZONE);
	}
}
