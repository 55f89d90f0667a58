package vn.motcua.petition;

import java.util.Arrays;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.motcua.organization.UnitsReorganized;

/**
 * When units are merged or split, the open petitions assigned to them go on at the successor that
 * takes their open work; closed petitions keep naming the unit that handled them. A plain
 * {@code @EventListener}, in the reorganising transaction, as {@link UnitsReorganized} asks
 * (decision 0036); a petition changed at the same moment fails one of the two saves on its version.
 */
@Component
class PetitionsOfEndedUnits {

	private static final List<PetitionStatus> OPEN = Arrays.stream(PetitionStatus.values())
		.filter(PetitionStatus::open)
		.toList();

	private final PetitionRepository petitions;
	private final ApplicationEventPublisher events;

	PetitionsOfEndedUnits(PetitionRepository petitions, ApplicationEventPublisher events) {
		this.petitions = petitions;
		this.events = events;
	}

	@EventListener
	void on(UnitsReorganized reorganized) {
		List<Petition> waiting = petitions.findByUnitIdInAndStatusIn(reorganized.openWorkTo().keySet(), OPEN);
		for (Petition petition : waiting) {
			petition.moveToUnit(reorganized.openWorkTo().get(petition.unitId()), reorganized.reason(),
					reorganized.occurredAt(), reorganized.actor());
			petitions.save(petition);
			events.publishEvent(new PetitionChanged(reorganized.actor(), reorganized.occurredAt(), petition.code(),
					petition.agencyCode(), petition.kind(), petition.status(), "unit-moved", reorganized.reason()));
		}
		reorganized.workMoved(waiting.size());
	}
}
