package vn.motcua.catalog;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.motcua.organization.UnitsReorganized;

/**
 * The catalogue's process steps follow their unit when it is merged or split (decision 0036): the
 * successor that takes them is recorded, every draft naming the unit is rewritten, and the steps of
 * an announced version, which never changes, are read through the successors whenever a dossier is
 * planned from it or the next draft is started from it. A plain {@code @EventListener}, in the
 * reorganising transaction, as {@link UnitsReorganized} asks.
 */
@Component
class StepUnitSuccessors {

	private final JdbcClient jdbc;
	private final ProcedureVersionRepository versions;
	private final ApplicationEventPublisher events;

	StepUnitSuccessors(JdbcClient jdbc, ProcedureVersionRepository versions, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.versions = versions;
		this.events = events;
	}

	@EventListener
	void on(UnitsReorganized reorganized) {
		reorganized.processStepsTo().forEach((unit, successor) -> jdbc
			.sql("INSERT INTO step_unit_successor (unit_id, successor_id, effective_on) VALUES (?, ?, ?)")
			.params(unit, successor, reorganized.effectiveOn())
			.update());
		int moved = 0;
		for (ProcedureVersion version : versions.findAll()) {
			long naming = version.content().steps().stream()
				.filter(step -> step.unitId() != null && reorganized.processStepsTo().containsKey(step.unitId()))
				.count();
			if (naming > 0 && version.isDraft()) {
				ProcedureVersion changed = version.edit(inService(version.content()));
				versions.updateDraft(changed);
				events.publishEvent(new CatalogChanged(reorganized.actor(), reorganized.occurredAt(), "draft.steps-moved",
						"ProcedureVersion", changed.id().toString(), naming + " step(s) of draft " + version.number()
								+ " of " + version.procedureCode() + " moved to the successor unit (" + reorganized.reason()
								+ ")", version.content().agencyCode()));
			}
			moved += (int) naming;
		}
		reorganized.processStepsMoved(moved);
	}

	/** The content with each step's unit replaced by the unit in service that took its steps over. */
	ProcedureContent inService(ProcedureContent content) {
		Map<UUID, UUID> successors = successors();
		return successors.isEmpty() ? content : content.withStepUnits(unit -> latest(successors, unit));
	}

	private Map<UUID, UUID> successors() {
		Map<UUID, UUID> successors = new HashMap<>();
		jdbc.sql("SELECT unit_id, successor_id FROM step_unit_successor")
			.query(row -> {
				successors.put(row.getObject("unit_id", UUID.class), row.getObject("successor_id", UUID.class));
			});
		return successors;
	}

	/** Follows a unit through later merges and splits; a unit taken over by none is its own. */
	private static @Nullable UUID latest(Map<UUID, UUID> successors, @Nullable UUID unit) {
		Set<UUID> seen = new HashSet<>();
		UUID current = unit;
		while (current != null && successors.containsKey(current) && seen.add(current)) {
			current = successors.get(current);
		}
		return current;
	}

	List<ProcessStep> stepsInService(ProcedureContent content) {
		return inService(content).steps();
	}
}
