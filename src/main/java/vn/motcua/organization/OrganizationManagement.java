package vn.motcua.organization;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.CurrentUser;
import vn.motcua.identity.OfficerUsername;
import vn.motcua.identity.Role;
import vn.motcua.identity.RoleGrant;
import vn.motcua.shared.Actor;
import vn.motcua.shared.InvalidFieldException;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.VietnamTime;

/**
 * The organization module's entry point: agencies, their unit trees and their officers. Every
 * change is checked here (pages check first only to show messages beside fields) and publishes an
 * {@link OrganizationChanged}.
 */
@Service
@Transactional
public class OrganizationManagement {

	private final AgencyRepository agencies;
	private final AgencyContactRepository contacts;
	private final UnitRepository units;
	private final OfficerRepository officers;
	private final AccountManagement accounts;
	private final ApplicationEventPublisher events;
	private final OrganizationProperties properties;
	private final ReorganizationLocks locks;
	private final Clock clock;
	private final Cache<String, Agency> agencyOfCode = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofMinutes(1))
		.maximumSize(10_000)
		.build();

	/** Every page's footer shows the home agency's: kept a minute, as the agencies are. */
	private final Cache<UUID, AgencyContact> contactOf = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofMinutes(1))
		.maximumSize(10_000)
		.build();

	OrganizationManagement(AgencyRepository agencies, AgencyContactRepository contacts, UnitRepository units,
			OfficerRepository officers, AccountManagement accounts, ApplicationEventPublisher events,
			OrganizationProperties properties, ReorganizationLocks locks, Clock clock) {
		this.agencies = agencies;
		this.contacts = contacts;
		this.units = units;
		this.officers = officers;
		this.accounts = accounts;
		this.events = events;
		this.properties = properties;
		this.locks = locks;
		this.clock = clock;
	}

	/** Creates an agency; its code is unique and kept as given, apart from surrounding spaces. */
	public Agency createAgency(String code, String name, String province) {
		String agencyCode = required("code", code);
		if (!Agency.isValidCode(agencyCode)) {
			throw new InvalidFieldException("code", "organization.agency.code.invalid");
		}
		if (agencies.existsByCode(agencyCode)) {
			throw new InvalidFieldException("code", "organization.agency.code.duplicate", agencyCode);
		}
		Agency agency = agencies.save(Agency.create(agencyCode, required("name", name), required("province", province)));
		publish("agency.created", "Agency", agency.id(), "Created agency " + agencyCode + " " + agency.name());
		return agency;
	}

	public Agency updateAgency(UUID agencyId, String name, String province) {
		Agency agency = agencies.save(agency(agencyId).rename(required("name", name), required("province", province)));
		agencyOfCode.invalidate(agency.code());
		publish("agency.updated", "Agency", agencyId,
				"Agency " + agency.code() + " is now " + agency.name() + ", " + agency.province());
		return agency;
	}

	/**
	 * How the public reaches the agency; all empty until an administrator gives them. Kept a minute on each
	 * instance (an edit is seen at once on the instance that made it).
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public AgencyContact contact(UUID agencyId) {
		return contactOf.get(agencyId, id -> contacts.findById(id)
			.orElseGet(() -> new AgencyContact(id, null, null, null, null, null, null, null)));
	}

	/**
	 * Replaces the contact details of the agency they name ({@link AgencyContact#agencyId()}; their version
	 * is ignored); a blank one is removed. The page checks the same rules first.
	 */
	public AgencyContact changeContact(AgencyContact details) {
		UUID agencyId = details.agencyId();
		Agency agency = agency(agencyId);
		AgencyContact given = new AgencyContact(agencyId, null, text("address", details.address(), 300),
				text("deskPlace", details.deskPlace(), 300),
				matching("hotline", details.hotline(), AgencyContact.HOTLINE_PATTERN),
				email(details.email()), matching("smsNumber", details.smsNumber(), AgencyContact.SMS_NUMBER_PATTERN),
				https(details.mapUrl()));
		AgencyContact saved = contacts.save(contacts.findById(agencyId)
			.map(stored -> stored.changedTo(given))
			.orElse(given));
		contactOf.invalidate(agencyId);
		publish("agency.contact.changed", "Agency", agencyId, "Contact details of agency " + agency.code()
				+ (saved.isEmpty() ? " removed" : " changed"));
		return saved;
	}

	private static @Nullable String text(String field, @Nullable String value, int longest) {
		String trimmed = value == null || value.isBlank() ? null : value.strip();
		if (trimmed != null && trimmed.length() > longest) {
			throw new InvalidFieldException(field, "organization.contact.too-long", longest);
		}
		return trimmed;
	}

	private static @Nullable String matching(String field, @Nullable String value, String pattern) {
		String trimmed = text(field, value, 40);
		if (trimmed != null && !trimmed.matches(pattern)) {
			throw new InvalidFieldException(field, "organization.contact." + field + ".invalid");
		}
		return trimmed;
	}

	private static @Nullable String email(@Nullable String value) {
		String trimmed = text("email", value, 254);
		if (trimmed != null && !trimmed.matches(AgencyContact.EMAIL_PATTERN)) {
			throw new InvalidFieldException("email", "organization.contact.email.invalid");
		}
		return trimmed;
	}

	private static @Nullable String https(@Nullable String value) {
		String trimmed = text("mapUrl", value, 500);
		if (trimmed != null && !AgencyContact.isHttpsLink(trimmed)) {
			throw new InvalidFieldException("mapUrl", "organization.contact.mapUrl.invalid");
		}
		return trimmed;
	}

	@Transactional(readOnly = true)
	public List<Agency> agencies() {
		return agencies.findAllByOrderByName();
	}

	@Transactional(readOnly = true)
	public Agency agency(UUID agencyId) {
		return agencies.findById(agencyId).orElseThrow(() -> new NotFoundException("organization.agency.not-found"));
	}

	/**
	 * The agency with that code. Every request that acts on a dossier asks for its agency, and agencies
	 * change only by an administrator's edit, so each instance keeps the agencies it found for a minute
	 * (an edit on this instance is seen at once, on another within that minute); an unknown code is
	 * asked again each time, so that a new agency is found at once. Outside a transaction: a cached
	 * agency needs no connection.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Optional<Agency> agencyByCode(String code) {
		return Optional.ofNullable(agencyOfCode.get(code, wanted -> agencies.findByCode(wanted).orElse(null)));
	}

	/** The agency this installation serves first, if it has been created. */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Optional<Agency> homeAgency() {
		return agencyByCode(properties.homeAgencyCode());
	}

	/**
	 * The agency the officer works for in any of these roles: the one they hold one of them for, as
	 * officer roles are granted for the officer's own agency. An account granted them in several
	 * agencies (the officers' pages never grant so) works for the home agency if it is one of them, else
	 * for the first by code, so that the choice never depends on the order of its grants.
	 *
	 * @return empty when the account holds none of the roles in any agency
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Optional<Agency> agencyOf(CurrentUser user, Set<Role> roles) {
		List<UUID> held = user.roles().stream()
			.filter(grant -> roles.contains(grant.role()) && grant.agencyId() != null)
			.map(RoleGrant::agencyId)
			.distinct()
			.toList();
		if (held.size() == 1) {
			return agencies.findById(held.get(0));
		}
		Optional<Agency> home = homeAgency().filter(agency -> held.contains(agency.id()));
		return home.isPresent() ? home
				: held.stream().flatMap(id -> agencies.findById(id).stream()).min(Comparator.comparing(Agency::code));
	}

	/** Adds a unit at the end of the agency's order, at the top or under a parent of the same agency. */
	public Unit addUnit(UUID agencyId, @Nullable UUID parentId, String name, UnitKind kind) {
		return addUnit(agencyId, parentId, name, kind, null);
	}

	/**
	 * Adds a unit that is in service from that day (null: not said), such as one that joins the agency
	 * from outside or the new unit a merge creates; no later than today.
	 */
	public Unit addUnit(UUID agencyId, @Nullable UUID parentId, String name, UnitKind kind,
			@Nullable LocalDate startedOn) {
		agency(agencyId);
		if (parentId != null) {
			requireUnitOf(agencyId, parentId, "parentId");
		}
		if (startedOn != null && startedOn.isAfter(LocalDate.ofInstant(clock.instant(), VietnamTime.ZONE))) {
			throw new InvalidFieldException("startedOn", "organization.unit.started.future");
		}
		Unit unit = units.save(Unit.create(agencyId, parentId, required("name", name), kind,
				units.countByAgencyId(agencyId), startedOn));
		publish("unit.created", "Unit", unit.id(), "Created unit " + unit.name() + " (" + kind + ")"
				+ (startedOn == null ? "" : ", in service from " + startedOn));
		return unit;
	}

	/** Renames a unit or moves it under another parent of the same agency; never under itself or below it. */
	public Unit changeUnit(UUID unitId, String name, UnitKind kind, @Nullable UUID parentId) {
		Unit unit = unit(unitId);
		if (!unit.inService()) {
			throw new InvalidRequestException("organization.unit.ended", unit.name());
		}
		String newName = required("name", name);
		if (parentId != null) {
			requireUnitOf(unit.agencyId(), parentId, "parentId");
			if (tree(unit.agencyId()).isSameOrBelow(unitId, parentId)) {
				throw new InvalidFieldException("parentId", "organization.unit.parent.cycle");
			}
		}
		Unit changed = units.save(unit.change(newName, kind, parentId));
		publish("unit.updated", "Unit", unitId, "Unit " + unit.name() + " is now " + newName + " (" + kind + ")");
		return changed;
	}

	@Transactional(readOnly = true)
	public Unit unit(UUID unitId) {
		return units.findById(unitId).orElseThrow(() -> new NotFoundException("organization.unit.not-found"));
	}

	/** The units with those ids; ids of no unit are left out. */
	@Transactional(readOnly = true)
	public List<Unit> unitsById(Collection<UUID> unitIds) {
		return unitIds.isEmpty() ? List.of() : units.findAllById(unitIds);
	}

	/** The agency's units, in their order. */
	@Transactional(readOnly = true)
	public List<Unit> units(UUID agencyId) {
		return units.findByAgencyIdOrderByPositionAscNameAsc(agencyId);
	}

	/** The agency's units in service: those that new work, officers and sub-units may be given to. */
	@Transactional(readOnly = true)
	public List<Unit> unitsInService(UUID agencyId) {
		return units(agencyId).stream().filter(Unit::inService).toList();
	}

	/**
	 * Holds the agencies of those units against a merge or split of their units until the caller's
	 * transaction ends, waiting for one under way: work planned at units in service read after this call
	 * is either at the successors of a reorganisation committed meanwhile or seen by the next one, which
	 * moves it (decision 0036). Units of no agency are left out.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void holdUnitsForWork(Collection<UUID> unitIds) {
		if (!unitIds.isEmpty()) {
			locks.holdForWork(units.findAllById(unitIds).stream().map(Unit::agencyId).toList());
		}
	}

	/** The agency's units in service as a tree, roots first, each level in its order. */
	@Transactional(readOnly = true)
	public List<UnitNode> unitTree(UUID agencyId) {
		return new UnitTree(unitsInService(agencyId)).roots();
	}

	/** Creates the officer and their account; every role is granted for the officer's agency only. */
	public Officer createOfficer(OfficerRegistration registration) {
		UUID agencyId = registration.agencyId();
		agency(agencyId);
		requireUnitOf(agencyId, registration.unitId(), "unitId");
		String fullName = required("fullName", registration.fullName());
		String positionTitle = required("positionTitle", registration.positionTitle());
		String username = registration.username().trim();
		if (!OfficerUsername.isValid(username)) {
			throw new InvalidFieldException("username", "identity.username.invalid");
		}
		UUID accountId = accounts.createOfficer(username, fullName, registration.phone(), registration.email(),
				registration.initialPassword(), grants(registration.roles(), agencyId));
		Officer officer = officers.save(Officer.create(accountId, agencyId, registration.unitId(), fullName,
				positionTitle));
		publish("officer.created", "Officer", officer.id(), "Created officer " + fullName + " (" + username + ")");
		return officer;
	}

	/** Moves the officer to another unit of their agency, changes their name, position, contact and roles. */
	public Officer updateOfficer(UUID officerId, UUID unitId, String fullName, String positionTitle,
			@Nullable String phone, @Nullable String email, Set<Role> roles) {
		Officer officer = officer(officerId);
		requireUnitOf(officer.agencyId(), unitId, "unitId");
		String newName = required("fullName", fullName);
		String newPosition = required("positionTitle", positionTitle);
		accounts.updateOfficer(officer.accountId(), newName, phone, email, grants(roles, officer.agencyId()));
		Officer changed = officers.save(officer.change(unitId, newName, newPosition));
		publish("officer.updated", "Officer", officerId, "Officer " + newName + " changed");
		publishMove(officer, changed);
		return changed;
	}

	/**
	 * Tells the modules holding work of the officer that they left their unit (when they did), with
	 * their account locked against work being given to them meanwhile: see {@link OfficerMoved}.
	 */
	private void publishMove(Officer before, Officer after) {
		if (before.unitId().equals(after.unitId())) {
			return;
		}
		accounts.lockAgainstWork(after.accountId());
		events.publishEvent(new OfficerMoved(Actor.current(), clock.instant(), after.id(), after.accountId(),
				after.fullName(), before.unitId(), after.unitId()));
	}

	@Transactional(readOnly = true)
	public Officer officer(UUID officerId) {
		return officers.findById(officerId).orElseThrow(() -> new NotFoundException("organization.officer.not-found"));
	}

	@Transactional(readOnly = true)
	public Optional<Officer> officerOfAccount(UUID accountId) {
		return officers.findByAccountId(accountId);
	}

	/** The officers of those accounts; accounts of no officer are left out. */
	@Transactional(readOnly = true)
	public List<Officer> officersOfAccounts(Collection<UUID> accountIds) {
		return accountIds.isEmpty() ? List.of() : officers.findByAccountIdIn(accountIds);
	}

	@Transactional(readOnly = true)
	public List<Officer> officers(UUID agencyId) {
		return officers.findByAgencyIdOrderByFullName(agencyId);
	}

	/** The officers of a unit and of every unit below it. */
	@Transactional(readOnly = true)
	public List<Officer> officersOfUnit(UUID agencyId, UUID unitId) {
		Set<UUID> subtree = tree(agencyId).subtree(unitId);
		return officers(agencyId).stream().filter(officer -> subtree.contains(officer.unitId())).toList();
	}

	private UnitTree tree(UUID agencyId) {
		return new UnitTree(units(agencyId));
	}

	/** Officer roles only (never APPLICANT), at least one, each for the given agency. */
	private static Set<RoleGrant> grants(Set<Role> roles, UUID agencyId) {
		if (roles.isEmpty()) {
			throw new InvalidFieldException("roles", "organization.roles.required");
		}
		if (!roles.stream().allMatch(Role::isOfficerRole)) {
			throw new InvalidFieldException("roles", "organization.officer.roles.officer-only");
		}
		return roles.stream().map(role -> RoleGrant.officer(role, agencyId)).collect(Collectors.toSet());
	}

	private void requireUnitOf(UUID agencyId, UUID unitId, String field) {
		Optional<Unit> unit = units.findById(unitId);
		if (unit.isEmpty() || !unit.get().agencyId().equals(agencyId)) {
			throw new InvalidFieldException(field, "organization.unit.other-agency");
		}
		if (!unit.get().inService()) {
			throw new InvalidFieldException(field, "organization.unit.ended", unit.get().name());
		}
	}

	/** The value without surrounding spaces; refused when nothing is left. */
	private static String required(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidFieldException(field, "organization." + field + ".required");
		}
		return value.strip();
	}

	private void publish(String action, String recordType, UUID recordId, String summary) {
		events.publishEvent(new OrganizationChanged(Actor.current(), clock.instant(), action, recordType,
				recordId.toString(), summary));
	}
}
