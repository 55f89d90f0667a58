package vn.motcua.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.shared.Actor;
import vn.motcua.shared.InvalidFieldException;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.VietnamTime;

/**
 * Merges and splits of an agency's units (decision 0036). The units that end stay, with their names,
 * for the history that names them; their sub-units and officers move to their successors, the lineage
 * is recorded, and {@link UnitsReorganized} lets the modules that keep work at units move it, all in
 * one transaction: a reorganisation that could not move its work does not stand. The agency is locked
 * first, so that a dossier being planned at its units at this moment is waited for and its steps moved,
 * or waits and is planned at the successors ({@link OrganizationManagement#holdUnitsForWork}).
 */
@Service
@Transactional
public class UnitReorganizations {

	private final OrganizationManagement organization;
	private final UnitRepository units;
	private final OfficerRepository officers;
	private final UnitLineageRepository lineage;
	private final ReorganizationLocks locks;
	private final OrganizationChanges changes;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	UnitReorganizations(OrganizationManagement organization, UnitRepository units, OfficerRepository officers,
			UnitLineageRepository lineage, ReorganizationLocks locks, OrganizationChanges changes,
			ApplicationEventPublisher events, Clock clock) {
		this.organization = organization;
		this.units = units;
		this.officers = officers;
		this.lineage = lineage;
		this.locks = locks;
		this.changes = changes;
		this.events = events;
		this.clock = clock;
	}

	/** Merges the units into an existing or a new unit; tells how much work the other modules moved. */
	public UnitsReorganized merge(MergeOrder order) {
		UUID agencyId = order.agencyId();
		locks.lockForReorganization(agencyId);
		List<Unit> merged = order.mergedIds().stream().distinct().map(id -> unitOf(agencyId, id, "mergedIds")).toList();
		Unit successor = order.successorId() != null ? unitOf(agencyId, order.successorId(), "successorId")
				: newSuccessor(order, merged);
		Reorganization change = Reorganization.merge(merged, successor, order.effectiveOn(), today(),
				tree(agencyId));
		return carryOut(agencyId, change, Map.of());
	}

	/** Splits the unit among its successors; tells how much work the other modules moved. */
	public UnitsReorganized split(SplitOrder order) {
		Unit unit = organization.unit(order.unitId());
		UUID agencyId = unit.agencyId();
		locks.lockForReorganization(agencyId);
		List<Unit> successors = order.successorIds().stream().distinct()
			.map(id -> unitOf(agencyId, id, "successorIds"))
			.toList();
		Reorganization change = Reorganization.split(unit, successors, order.openWorkTo(), order.processStepsTo(),
				order.effectiveOn(), today(), tree(agencyId));
		return carryOut(agencyId, change, order.officerTo());
	}

	/** The agency's merges and splits, the latest first. */
	@Transactional(readOnly = true)
	public List<UnitLineage> lineage(UUID agencyId) {
		return lineage.findByAgencyIdNewestFirst(agencyId);
	}

	private UnitsReorganized carryOut(UUID agencyId, Reorganization change, Map<UUID, UUID> officerTo) {
		Actor actor = Actor.current();
		UUID changeId = UUID.randomUUID();
		Map<UUID, Unit> byId = organization.units(agencyId).stream()
			.collect(Collectors.toMap(Unit::id, Function.identity()));
		for (Unit ended : change.ended()) {
			moveSubUnits(byId, ended, change);
			units.save(byId.get(ended.id()).end(change.effectiveOn()));
			Map<UUID, Integer> moved = moveOfficers(ended, change, officerTo);
			for (UUID successor : change.successors()) {
				lineage.save(new UnitLineage(UUID.randomUUID(), null, changeId, agencyId, change.kind(), ended.id(),
						successor, change.effectiveOn(), change.openWorkTo().get(ended.id()).equals(successor),
						change.processStepsTo().get(ended.id()).equals(successor), moved.getOrDefault(successor, 0),
						actor.name(), clock.instant()));
			}
			changes.publish(actor, "unit." + name(change.kind()), "Unit", ended.id(), agencyId,
					"Unit " + ended.name() + " ended on " + change.effectiveOn() + " (" + change.kind() + "), work to "
							+ byId.get(change.openWorkTo().get(ended.id())).name());
		}
		UnitsReorganized reorganized = new UnitsReorganized(actor, clock.instant(), agencyId, change.kind(),
				change.effectiveOn(), change.openWorkTo(), change.processStepsTo());
		events.publishEvent(reorganized);
		return reorganized;
	}

	/** The sub-units of a unit that ends go under the successor that takes its open work. */
	private void moveSubUnits(Map<UUID, Unit> byId, Unit ended, Reorganization change) {
		UUID successor = change.openWorkTo().get(ended.id());
		for (Unit child : List.copyOf(byId.values())) {
			if (ended.id().equals(child.parentId()) && child.inService()) {
				Unit moved = units.save(child.under(successor));
				byId.put(moved.id(), moved);
				changes.publish("unit.updated", "Unit", child.id(), child.agencyId(),
						"Unit " + child.name() + " moved under the successor of " + ended.name());
			}
		}
	}

	/** Each officer of a unit that ends goes to their successor; how many went to each. */
	private Map<UUID, Integer> moveOfficers(Unit ended, Reorganization change, Map<UUID, UUID> officerTo) {
		Map<UUID, Integer> moved = new HashMap<>();
		List<Officer> ofUnit = new ArrayList<>(officers.findByAgencyIdOrderByFullName(ended.agencyId()).stream()
			.filter(officer -> officer.unitId().equals(ended.id()))
			.toList());
		for (Officer officer : ofUnit) {
			UUID destination = change.officerDestination(ended.id(), officerTo, officer.id());
			officers.save(officer.change(destination, officer.fullName(), officer.positionTitle()));
			moved.merge(destination, 1, Integer::sum);
			changes.publish("officer.moved", "Officer", officer.id(), officer.agencyId(), "Officer " + officer.fullName()
					+ " moved with the " + name(change.kind()) + " of unit " + ended.name());
		}
		return moved;
	}

	private Unit newSuccessor(MergeOrder order, List<Unit> merged) {
		String name = order.newUnitName();
		if (name == null || name.isBlank() || order.newUnitKind() == null) {
			throw new InvalidFieldException("successorId", "organization.reorganization.successor.required");
		}
		@Nullable UUID parentId = merged.isEmpty() ? null : merged.get(0).parentId();
		return organization.addUnit(order.agencyId(), parentId, name, order.newUnitKind(), order.effectiveOn());
	}

	private Unit unitOf(UUID agencyId, UUID unitId, String field) {
		Unit unit = units.findById(unitId).orElseThrow(() -> new NotFoundException("organization.unit.not-found"));
		if (!unit.agencyId().equals(agencyId)) {
			throw new InvalidFieldException(field, "organization.unit.other-agency");
		}
		return unit;
	}

	private UnitTree tree(UUID agencyId) {
		return new UnitTree(organization.units(agencyId));
	}

	private static String name(ReorganizationKind kind) {
		return kind.name().toLowerCase(Locale.ROOT);
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), VietnamTime.ZONE);
	}
}
