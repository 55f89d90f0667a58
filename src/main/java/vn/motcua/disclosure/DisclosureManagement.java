package vn.motcua.disclosure;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.document.AttachmentStore;
import vn.motcua.document.CheckedFile;
import vn.motcua.identity.CurrentUser;
import vn.motcua.identity.Role;
import vn.motcua.organization.Agency;
import vn.motcua.organization.Officer;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.Actor;
import vn.motcua.shared.InvalidFieldException;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.PersonalData;
import vn.motcua.shared.VietnamTime;

/**
 * The disclosure module's entry point: preparing a publication and its replacement, publishing it
 * under the rules in force, withdrawing it, and the officers' read confirmations.
 */
@Service
public class DisclosureManagement {

	/** What a publication's file may be: PDF, Word or Excel, as the attachment store sniffs it. */
	static final Set<String> FILE_TYPES = Set.of("application/pdf",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final DisclosureRepository disclosures;
	private final DisclosureRules rules;
	private final DisclosureOfficers officers;
	private final DisclosureReadings readings;
	private final PublishedPersonalData personalData;
	private final OrganizationManagement organization;
	private final AttachmentStore attachments;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	DisclosureManagement(DisclosureRepository disclosures, DisclosureRules rules, DisclosureOfficers officers,
			DisclosureReadings readings, PublishedPersonalData personalData, OrganizationManagement organization,
			AttachmentStore attachments, ApplicationEventPublisher events, Clock clock) {
		this.disclosures = disclosures;
		this.rules = rules;
		this.officers = officers;
		this.readings = readings;
		this.personalData = personalData;
		this.organization = organization;
		this.attachments = attachments;
		this.events = events;
		this.clock = clock;
	}

	/** A file as uploaded. */
	public record UploadedFile(String fileName, byte[] content) {
	}

	/** A file of a publication with its bytes, to download. */
	public record FileContent(DisclosureFile file, byte[] content) {
	}

	/**
	 * Prepares a publication of the officer's agency with its files.
	 *
	 * @throws InvalidFieldException when a part is missing or too long, the category or the audience
	 *         is not allowed, the period is shorter than the category's minimum, or a file is refused
	 */
	@Transactional
	public Disclosure prepare(DisclosureContent content, List<UploadedFile> files, CurrentUser user) {
		Agency agency = officers.preparingAgency(user);
		Disclosure disclosure = Disclosure.prepare(agency.id(), agency.code(), content, user.username(),
				clock.instant());
		return saveDraft(disclosure, files, user, "prepared");
	}

	/** Prepares a draft that corrects a published one; publishing it marks that one replaced. */
	@Transactional
	public Disclosure prepareReplacement(UUID replacedId, DisclosureContent content, List<UploadedFile> files,
			CurrentUser user) {
		Disclosure replaced = officerDisclosure(replacedId, user, DisclosureOfficers.PREPARERS);
		Disclosure replacement = replaced.prepareReplacement(content, user.username(), clock.instant());
		return saveDraft(replacement, files, user, "prepared");
	}

	/** Edits a draft, adding any further files. */
	@Transactional
	public Disclosure edit(UUID id, DisclosureContent content, List<UploadedFile> files, CurrentUser user) {
		Disclosure disclosure = officerDisclosure(id, user, DisclosureOfficers.PREPARERS);
		disclosure.edit(content);
		return saveDraft(disclosure, files, user, "edited");
	}

	/**
	 * The officer learns of a category, audience or period the rules refuse at its field, not only
	 * when it is published (checked again then: the rules in force may have changed in between).
	 */
	private Disclosure saveDraft(Disclosure disclosure, List<UploadedFile> files, CurrentUser user, String change) {
		rules.check(disclosure.category(), disclosure.audience(), disclosure.period());
		stored(files).forEach(disclosure::addFile);
		return save(disclosure, user, change);
	}

	/** Checks every file before storing any, so that a refused file leaves nothing behind. */
	private List<DisclosureFile> stored(List<UploadedFile> files) {
		List<CheckedFile> checked = files.stream().map(file -> {
			try {
				CheckedFile sniffed = attachments.check(file.fileName(), file.content());
				if (FILE_TYPES.contains(sniffed.contentType())) {
					return sniffed;
				}
			}
			catch (InvalidRequestException refused) {
				throw new InvalidFieldException("files", refused.messageKey(), refused.arguments());
			}
			throw new InvalidFieldException("files", "disclosure.file.type", file.fileName());
		}).toList();
		return checked.stream().map(attachments::store)
			.map(stored -> new DisclosureFile(stored.id(), stored.fileName(), stored.contentType(), stored.size()))
			.toList();
	}

	/** Publishes a draft that holds no personal data to confirm ({@link #publish(UUID, Long, CurrentUser)}). */
	@Transactional
	public Disclosure publish(UUID id, CurrentUser user) {
		return publish(id, null, user);
	}

	/**
	 * Publishes a draft; a replacement marks the publication it corrects replaced. A draft whose title or
	 * text holds personal data ({@link #personalDataIn}) is published as written only when its publisher
	 * confirmed it as it is now: {@code confirmedVersion} is the {@link Disclosure#version()} of the draft
	 * whose list they were shown; a draft edited since asks again. The audit trail records the kinds confirmed.
	 *
	 * @throws InvalidRequestException when the rules in force on its first day of posting refuse it, the
	 *         publication it corrects is no longer published, or its personal data is not confirmed
	 */
	@Transactional
	public Disclosure publish(UUID id, @Nullable Long confirmedVersion, CurrentUser user) {
		Disclosure disclosure = officerDisclosure(id, user, DisclosureOfficers.PUBLISHERS);
		Instant now = clock.instant();
		disclosure.publish(rules, user.username(), now);
		// checked after its status and rules, so that those refusals come first; nothing is saved when refused
		List<PersonalData.Piece> found = personalData.in(disclosure);
		if (!found.isEmpty() && !Objects.equals(confirmedVersion, disclosure.version())) {
			throw new InvalidRequestException("disclosure.personal-data.unconfirmed", found.size());
		}
		UUID replacedId = disclosure.replaces();
		if (replacedId != null) {
			Disclosure replaced = disclosures.findById(replacedId)
				.orElseThrow(() -> new IllegalStateException("Replaced publication " + replacedId + " is gone"));
			replaced.replaceBy(disclosure, now);
			save(replaced, user, "replaced");
		}
		return save(disclosure, user, "published", found.isEmpty() ? null
				: "personal data published as written, confirmed by the publisher: "
						+ found.stream().map(piece -> piece.kind().name()).collect(Collectors.joining(", ")));
	}

	/**
	 * The citizen ID numbers, phone numbers and e-mail addresses typed in the publication's title and
	 * text, other than the agency's own published contacts: what its page lists and its publisher
	 * confirms before it is published as written.
	 */
	public List<PersonalData.Piece> personalDataIn(Disclosure disclosure) {
		return personalData.in(disclosure);
	}

	@Transactional
	public Disclosure withdraw(UUID id, @Nullable String reason, CurrentUser user) {
		Disclosure disclosure = officerDisclosure(id, user, DisclosureOfficers.PUBLISHERS);
		disclosure.withdraw(reason, user.username(), clock.instant());
		return save(disclosure, user, "withdrawn");
	}

	/** The officer confirms reading a published staff publication of their agency; once only. */
	@Transactional
	public void confirmRead(UUID id, CurrentUser user) {
		Disclosure disclosure = forOfficer(id, user);
		if (!disclosure.takesReadConfirmations()) {
			throw new InvalidRequestException("disclosure.read.not-staff");
		}
		if (!mayConfirmRead(disclosure, user)) {
			throw new AccessDeniedException("The inspection board reads and confirms nothing");
		}
		if (readings.confirm(id, user.accountId(), clock.instant())) {
			events.publishEvent(new DisclosureChanged(new Actor(user.username()), clock.instant(), id,
					disclosure.agencyCode(), disclosure.status(), "read"));
		}
	}

	public boolean hasRead(Disclosure disclosure, CurrentUser user) {
		return readings.hasRead(disclosure.id(), user.accountId());
	}

	/**
	 * A publication as the officers' pages show it, to an officer of its agency allowed to see it: whole to
	 * those who prepare or publish it, with a draft's and a withdrawal's personal data masked to any other
	 * reader (the People's Inspection Board, decision 0031), since nobody has confirmed publishing them.
	 */
	public Disclosure forOfficer(UUID id, CurrentUser user) {
		Disclosure disclosure = disclosures.findById(id).orElseThrow(() -> new NotFoundException("disclosure.unknown"));
		if (!officers.maySee(disclosure, user)) {
			throw new NotFoundException("disclosure.unknown");
		}
		return DisclosureOfficers.holdsAny(disclosure.agencyId(), user, DisclosureOfficers.PREPARERS) ? disclosure
				: disclosure.withContactsMasked();
	}

	/**
	 * A publication anyone reads on the portal: public, published (or replaced), its posting started.
	 * Any other does not exist for the public.
	 */
	public Disclosure forPublic(UUID id) {
		return disclosures.findById(id).filter(found -> found.isPublicAt(clock.instant()))
			.orElseThrow(() -> new NotFoundException("disclosure.unknown"));
	}

	/** Who of the agency's officers read it and who has not yet, for those who may know. */
	public Optional<Readership> readership(Disclosure disclosure, CurrentUser user) {
		if (disclosure.audience() != DisclosureAudience.STAFF || disclosure.status() == DisclosureStatus.DRAFT
				|| !mayFollowReading(disclosure, user)) {
			return Optional.empty();
		}
		Map<UUID, Instant> read = readings.of(disclosure.id());
		List<Officer> staff = organization.officers(disclosure.agencyId());
		return Optional.of(new Readership(
				staff.stream().filter(officer -> read.containsKey(officer.accountId()))
					.map(officer -> reader(officer, read.get(officer.accountId()))).toList(),
				staff.stream().filter(officer -> !read.containsKey(officer.accountId()))
					.map(officer -> reader(officer, null)).toList()));
	}

	/** Its publisher, the agency's leader and the inspection board follow who read a staff publication. */
	private static boolean mayFollowReading(Disclosure disclosure, CurrentUser user) {
		return user.username().equals(disclosure.publishedBy())
				|| user.hasRole(Role.AGENCY_LEADER, disclosure.agencyId())
				|| user.hasRole(Role.PEOPLES_INSPECTOR, disclosure.agencyId());
	}

	private static Readership.Reader reader(Officer officer, @Nullable Instant readAt) {
		return new Readership.Reader(officer.fullName(), officer.positionTitle(), readAt);
	}

	public boolean mayPrepare(CurrentUser user) {
		return officers.mayPrepare(user);
	}

	public boolean mayPrepare(Disclosure disclosure, CurrentUser user) {
		return DisclosureOfficers.holdsAny(disclosure.agencyId(), user, DisclosureOfficers.PREPARERS);
	}

	public boolean mayPublish(Disclosure disclosure, CurrentUser user) {
		return DisclosureOfficers.holdsAny(disclosure.agencyId(), user, DisclosureOfficers.PUBLISHERS);
	}

	/** Whether the officer confirms reading it: of its agency, and not only of the inspection board. */
	public boolean mayConfirmRead(Disclosure disclosure, CurrentUser user) {
		return disclosure.takesReadConfirmations() && user.roles().stream().anyMatch(grant -> grant.role()
				.isOfficerRole() && grant.role() != Role.PEOPLES_INSPECTOR
				&& disclosure.agencyId().equals(grant.agencyId()));
	}

	/** The categories of the rules in force today, in the form's order. */
	public List<DisclosureRules.Category> categoriesToday() {
		return rules.inForceOn(LocalDate.ofInstant(clock.instant(), VietnamTime.ZONE))
			.categories();
	}

	/** A file of a publication the caller was given (public or officer's). */
	public Optional<FileContent> file(Disclosure disclosure, int index) {
		if (index < 0 || index >= disclosure.files().size()) {
			return Optional.empty();
		}
		DisclosureFile file = disclosure.files().get(index);
		return attachments.read(file.attachmentId()).map(bytes -> new FileContent(file, bytes));
	}

	private Disclosure officerDisclosure(UUID id, CurrentUser user, Set<Role> roles) {
		Disclosure disclosure = disclosures.findById(id).orElseThrow(() -> new NotFoundException("disclosure.unknown"));
		officers.require(disclosure, user, roles);
		return disclosure;
	}

	private Disclosure save(Disclosure disclosure, CurrentUser user, String change) {
		return save(disclosure, user, change, null);
	}

	private Disclosure save(Disclosure disclosure, CurrentUser user, String change, @Nullable String note) {
		Disclosure saved = disclosures.save(disclosure);
		events.publishEvent(new DisclosureChanged(new Actor(user.username()), clock.instant(), saved.id(),
				saved.agencyCode(), saved.status(), change, note));
		return saved;
	}
}
