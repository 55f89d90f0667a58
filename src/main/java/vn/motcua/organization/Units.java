package vn.motcua.organization;

import static vn.motcua.organization.OrganizationChanges.required;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.motcua.shared.InvalidFieldException;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.VietnamTime;

/** Each agency's tree of units: added, renamed and moved by the administrator, ended only by a reorganisation. */
@Component
class Units {

	private final UnitRepository units;
	private final Agencies agencies;
	private final ReorganizationLocks locks;
	private final OrganizationChanges changes;
	private final Clock clock;

	Units(UnitRepository units, Agencies agencies, ReorganizationLocks locks, OrganizationChanges changes,
			Clock clock) {
		this.units = units;
		this.agencies = agencies;
		this.locks = locks;
		this.changes = changes;
		this.clock = clock;
	}

	Unit add(UUID agencyId, @Nullable UUID parentId, String name, UnitKind kind, @Nullable LocalDate startedOn) {
		agencies.agency(agencyId);
		if (parentId != null) {
			requireUnitOf(agencyId, parentId, "parentId");
		}
		if (startedOn != null && startedOn.isAfter(LocalDate.ofInstant(clock.instant(), VietnamTime.ZONE))) {
			throw new InvalidFieldException("startedOn", "organization.unit.started.future");
		}
		Unit unit = units.save(Unit.create(agencyId, parentId, required("name", name), kind,
				units.countByAgencyId(agencyId), startedOn));
		changes.publish("unit.created", "Unit", unit.id(), agencyId, "Created unit " + unit.name() + " (" + kind + ")"
				+ (startedOn == null ? "" : ", in service from " + startedOn));
		return unit;
	}

	Unit change(UUID unitId, String name, UnitKind kind, @Nullable UUID parentId) {
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
		changes.publish("unit.updated", "Unit", unitId, unit.agencyId(),
				"Unit " + unit.name() + " is now " + newName + " (" + kind + ")");
		return changed;
	}

	Unit unit(UUID unitId) {
		return units.findById(unitId).orElseThrow(() -> new NotFoundException("organization.unit.not-found"));
	}

	List<Unit> byIds(Collection<UUID> unitIds) {
		return unitIds.isEmpty() ? List.of() : units.findAllById(unitIds);
	}

	List<Unit> of(UUID agencyId) {
		return units.findByAgencyIdOrderByPositionAscNameAsc(agencyId);
	}

	List<Unit> inService(UUID agencyId) {
		return of(agencyId).stream().filter(Unit::inService).toList();
	}

	void holdForWork(Collection<UUID> unitIds) {
		if (!unitIds.isEmpty()) {
			locks.holdForWork(units.findAllById(unitIds).stream().map(Unit::agencyId).toList());
		}
	}

	UnitTree tree(UUID agencyId) {
		return new UnitTree(of(agencyId));
	}

	/** Refuses a unit of another agency, or one no longer in service, for that field. */
	void requireUnitOf(UUID agencyId, UUID unitId, String field) {
		Optional<Unit> unit = units.findById(unitId);
		if (unit.isEmpty() || !unit.get().agencyId().equals(agencyId)) {
			throw new InvalidFieldException(field, "organization.unit.other-agency");
		}
		if (!unit.get().inService()) {
			throw new InvalidFieldException(field, "organization.unit.ended", unit.get().name());
		}
	}
}
