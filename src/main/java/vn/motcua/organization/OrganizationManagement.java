package vn.motcua.organization;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.identity.CurrentUser;
import vn.motcua.identity.Role;
import vn.motcua.shared.InvalidFieldException;
import vn.motcua.shared.NotFoundException;

/**
 * The organization module's entry point: agencies, their unit trees and their officers. Every
 * change is checked here (pages check first only to show messages beside fields) and publishes an
 * {@link OrganizationChanged}. The work is done by one collaborator for each (the agencies, their
 * contact details, the units, the officers); this class holds the transactions and the contract.
 */
@Service
@Transactional
public class OrganizationManagement {

	/** The field of the public forms and request bodies that names the agency addressed. */
	public static final String ADDRESSED_AGENCY = "agencyCode";

	private final Agencies agencies;
	private final AgencyContacts contacts;
	private final Units units;
	private final Officers officers;

	OrganizationManagement(Agencies agencies, AgencyContacts contacts, Units units, Officers officers) {
		this.agencies = agencies;
		this.contacts = contacts;
		this.units = units;
		this.officers = officers;
	}

	/** Creates an agency; its code is unique and kept as given, apart from surrounding spaces. */
	public Agency createAgency(String code, String name, String province) {
		return agencies.create(code, name, province);
	}

	public Agency updateAgency(UUID agencyId, String name, String province) {
		return agencies.update(agencyId, name, province);
	}

	/**
	 * How the public reaches the agency; all empty until an administrator gives them. Kept a minute on each
	 * instance (an edit is seen at once on the instance that made it).
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public AgencyContact contact(UUID agencyId) {
		return contacts.of(agencyId);
	}

	/**
	 * Replaces the contact details of the agency they name ({@link AgencyContact#agencyId()}; their version
	 * is ignored); a blank one is removed. The page checks the same rules first.
	 */
	public AgencyContact changeContact(AgencyContact details) {
		return contacts.change(details);
	}

	/**
	 * All agencies by name. The public pages offer them on every request, so each instance keeps the list a
	 * minute (a change on this instance is seen at once, on another within that minute); outside a
	 * transaction, as a kept list needs no connection.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Agency> agencies() {
		return agencies.all();
	}

	@Transactional(readOnly = true)
	public Agency agency(UUID agencyId) {
		return agencies.agency(agencyId);
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
		return agencies.byCode(code);
	}

	/** The agency this installation serves first, if it has been created. */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Optional<Agency> homeAgency() {
		return agencies.home();
	}

	/**
	 * The agency a citizen addresses a petition, a visit to the reception or an appointment to, by the code
	 * the form or the request gives: the home agency when none is given, so that the forms and API clients
	 * that name none keep reaching it (decision 0047).
	 *
	 * @throws InvalidFieldException (field {@code agencyCode}) when no agency of the installation has the code
	 * @throws NotFoundException when none is given and the home agency does not exist yet
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Agency addressedAgency(@Nullable String code) {
		if (code == null || code.isBlank()) {
			return agencies.home().orElseThrow(() -> new NotFoundException("organization.agency.not-found"));
		}
		String given = code.strip();
		// a code no agency may have is not looked for (and a long one not echoed)
		return Optional.of(given).filter(Agency::isValidCode).flatMap(agencies::byCode)
			.orElseThrow(() -> new InvalidFieldException(ADDRESSED_AGENCY, "organization.agency.unknown"));
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
		return agencies.of(user, roles);
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
		return units.add(agencyId, parentId, name, kind, startedOn);
	}

	/** Renames a unit or moves it under another parent of the same agency; never under itself or below it. */
	public Unit changeUnit(UUID unitId, String name, UnitKind kind, @Nullable UUID parentId) {
		return units.change(unitId, name, kind, parentId);
	}

	@Transactional(readOnly = true)
	public Unit unit(UUID unitId) {
		return units.unit(unitId);
	}

	/** The units with those ids; ids of no unit are left out. */
	@Transactional(readOnly = true)
	public List<Unit> unitsById(Collection<UUID> unitIds) {
		return units.byIds(unitIds);
	}

	/** The agency's units, in their order. */
	@Transactional(readOnly = true)
	public List<Unit> units(UUID agencyId) {
		return units.of(agencyId);
	}

	/** The agency's units in service: those that new work, officers and sub-units may be given to. */
	@Transactional(readOnly = true)
	public List<Unit> unitsInService(UUID agencyId) {
		return units.inService(agencyId);
	}

	/**
	 * Holds the agencies of those units against a merge or split of their units until the caller's
	 * transaction ends, waiting for one under way: work planned at units in service read after this call
	 * is either at the successors of a reorganisation committed meanwhile or seen by the next one, which
	 * moves it (decision 0036). Units of no agency are left out.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void holdUnitsForWork(Collection<UUID> unitIds) {
		units.holdForWork(unitIds);
	}

	/** The agency's units in service as a tree, roots first, each level in its order. */
	@Transactional(readOnly = true)
	public List<UnitNode> unitTree(UUID agencyId) {
		return new UnitTree(units.inService(agencyId)).roots();
	}

	/** Creates the officer and their account; every role is granted for the officer's agency only. */
	public Officer createOfficer(OfficerRegistration registration) {
		return officers.create(registration);
	}

	/** Moves the officer to another unit of their agency, changes their name, position, contact and roles. */
	public Officer updateOfficer(UUID officerId, UUID unitId, String fullName, String positionTitle,
			@Nullable String phone, @Nullable String email, Set<Role> roles) {
		return officers.update(officerId, unitId, fullName, positionTitle, phone, email, roles);
	}

	@Transactional(readOnly = true)
	public Officer officer(UUID officerId) {
		return officers.officer(officerId);
	}

	@Transactional(readOnly = true)
	public Optional<Officer> officerOfAccount(UUID accountId) {
		return officers.ofAccount(accountId);
	}

	/** The officers of those accounts; accounts of no officer are left out. */
	@Transactional(readOnly = true)
	public List<Officer> officersOfAccounts(Collection<UUID> accountIds) {
		return officers.ofAccounts(accountIds);
	}

	@Transactional(readOnly = true)
	public List<Officer> officers(UUID agencyId) {
		return officers.of(agencyId);
	}

	/** The officers of a unit and of every unit below it. */
	@Transactional(readOnly = true)
	public List<Officer> officersOfUnit(UUID agencyId, UUID unitId) {
		return officers.ofUnit(agencyId, unitId);
	}
}
