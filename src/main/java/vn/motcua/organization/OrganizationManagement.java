package vn.motcua.organization;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.RoleGrant;
import vn.motcua.shared.Actor;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.NotFoundException;

/** The organization module's entry point: agencies, their unit trees and their officers. */
@Service
@Transactional
public class OrganizationManagement {

	private final AgencyRepository agencies;
	private final UnitRepository units;
	private final OfficerRepository officers;
	private final AccountManagement accounts;
	private final ApplicationEventPublisher events;
	private final OrganizationProperties properties;
	private final Clock clock;

	OrganizationManagement(AgencyRepository agencies, UnitRepository units, OfficerRepository officers,
			AccountManagement accounts, ApplicationEventPublisher events, OrganizationProperties properties,
			Clock clock) {
		this.agencies = agencies;
		this.units = units;
		this.officers = officers;
		this.accounts = accounts;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	public Agency createAgency(String code, String name, String province) {
		if (agencies.existsByCode(code)) {
			throw new InvalidRequestException("organization.agency.code.duplicate", code);
		}
		Agency agency = agencies.save(Agency.create(code, name, province));
		publish("agency.created", "Agency", agency.id(), "Created agency " + code + " " + name);
		return agency;
	}

	public Agency updateAgency(UUID agencyId, String name, String province) {
		Agency agency = agencies.save(agency(agencyId).rename(name, province));
		publish("agency.updated", "Agency", agencyId, "Agency " + agency.code() + " is now " + name + ", " + province);
		return agency;
	}

	@Transactional(readOnly = true)
	public List<Agency> agencies() {
		return agencies.findAllByOrderByName();
	}

	@Transactional(readOnly = true)
	public Agency agency(UUID agencyId) {
		return agencies.findById(agencyId).orElseThrow(() -> new NotFoundException("organization.agency.not-found"));
	}

	@Transactional(readOnly = true)
	public Optional<Agency> agencyByCode(String code) {
		return agencies.findByCode(code);
	}

	/** The agency this installation serves first, if it has been created. */
	@Transactional(readOnly = true)
	public Optional<Agency> homeAgency() {
		return agencies.findByCode(properties.homeAgencyCode());
	}

	public Unit addUnit(UUID agencyId, @Nullable UUID parentId, String name, UnitKind kind) {
		agency(agencyId);
		if (parentId != null) {
			requireUnitOf(agencyId, parentId);
		}
		Unit unit = units.save(Unit.create(agencyId, parentId, name, kind, units.countByAgencyId(agencyId)));
		publish("unit.created", "Unit", unit.id(), "Created unit " + name + " (" + kind + ")");
		return unit;
	}

	/** Renames a unit or moves it under another parent of the same agency; never under itself. */
	public Unit changeUnit(UUID unitId, String name, UnitKind kind, @Nullable UUID parentId) {
		Unit unit = unit(unitId);
		if (parentId != null) {
			requireUnitOf(unit.agencyId(), parentId);
			if (isSameOrDescendant(unit, parentId)) {
				throw new InvalidRequestException("organization.unit.parent.cycle");
			}
		}
		Unit changed = units.save(unit.change(name, kind, parentId));
		publish("unit.updated", "Unit", unitId, "Unit " + unit.name() + " is now " + name + " (" + kind + ")");
		return changed;
	}

	@Transactional(readOnly = true)
	public Unit unit(UUID unitId) {
		return units.findById(unitId).orElseThrow(() -> new NotFoundException("organization.unit.not-found"));
	}

	@Transactional(readOnly = true)
	public List<Unit> units(UUID agencyId) {
		return units.findByAgencyIdOrderByPositionAscNameAsc(agencyId);
	}

	/** The agency's units as a tree, roots first, each level in its order. */
	@Transactional(readOnly = true)
	public List<UnitNode> unitTree(UUID agencyId) {
		Map<@Nullable UUID, List<Unit>> byParent = new HashMap<>();
		for (Unit unit : units(agencyId)) {
			byParent.computeIfAbsent(unit.parentId(), key -> new ArrayList<>()).add(unit);
		}
		return nodes(byParent, null);
	}

	private static List<UnitNode> nodes(Map<@Nullable UUID, List<Unit>> byParent, @Nullable UUID parentId) {
		return byParent.getOrDefault(parentId, List.of()).stream()
			.map(unit -> new UnitNode(unit, nodes(byParent, unit.id())))
			.toList();
	}

	/** Creates the officer and their account; every role is granted for the officer's agency only. */
	public Officer createOfficer(OfficerRegistration registration) {
		requireUnitOf(registration.agencyId(), registration.unitId());
		UUID accountId = accounts.createOfficer(registration.username(), registration.fullName(), registration.phone(),
				registration.email(), registration.initialPassword(), grants(registration.roles(), registration.agencyId()));
		Officer officer = officers.save(Officer.create(accountId, registration.agencyId(), registration.unitId(),
				registration.fullName(), registration.positionTitle()));
		publish("officer.created", "Officer", officer.id(),
				"Created officer " + registration.fullName() + " (" + registration.username() + ")");
		return officer;
	}

	public Officer updateOfficer(UUID officerId, UUID unitId, String fullName, String positionTitle,
			@Nullable String phone, @Nullable String email, Set<vn.motcua.identity.Role> roles) {
		Officer officer = officer(officerId);
		requireUnitOf(officer.agencyId(), unitId);
		accounts.updateOfficer(officer.accountId(), fullName, phone, email, grants(roles, officer.agencyId()));
		Officer changed = officers.save(officer.change(unitId, fullName, positionTitle));
		publish("officer.updated", "Officer", officerId, "Officer " + fullName + " changed");
		return changed;
	}

	@Transactional(readOnly = true)
	public Officer officer(UUID officerId) {
		return officers.findById(officerId).orElseThrow(() -> new NotFoundException("organization.officer.not-found"));
	}

	@Transactional(readOnly = true)
	public Optional<Officer> officerOfAccount(UUID accountId) {
		return officers.findByAccountId(accountId);
	}

	@Transactional(readOnly = true)
	public List<Officer> officers(UUID agencyId) {
		return officers.findByAgencyIdOrderByFullName(agencyId);
	}

	private static Set<RoleGrant> grants(Set<vn.motcua.identity.Role> roles, UUID agencyId) {
		if (roles.isEmpty()) {
			throw new InvalidRequestException("organization.officer.roles.required");
		}
		return roles.stream().map(role -> RoleGrant.officer(role, agencyId)).collect(Collectors.toSet());
	}

	private void requireUnitOf(UUID agencyId, UUID unitId) {
		if (!unit(unitId).agencyId().equals(agencyId)) {
			throw new InvalidRequestException("organization.unit.other-agency");
		}
	}

	private boolean isSameOrDescendant(Unit unit, UUID candidateId) {
		UUID current = candidateId;
		while (current != null) {
			if (current.equals(unit.id())) {
				return true;
			}
			current = unit(current).parentId();
		}
		return false;
	}

	private void publish(String action, String recordType, UUID recordId, String summary) {
		events.publishEvent(new OrganizationChanged(Actor.current(), clock.instant(), action, recordType,
				recordId.toString(), summary));
	}
}
