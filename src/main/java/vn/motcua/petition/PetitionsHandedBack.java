package vn.motcua.petition;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.motcua.identity.AccountDisabled;
import vn.motcua.organization.OfficerMoved;
import vn.motcua.shared.Actor;

/**
 * The open petitions assigned to an officer go back to their unit, assigned to nobody, when the officer
 * can no longer handle them there: their account is disabled, or they move to another unit (the
 * petitions of the unit they left). Otherwise each waited for a handler who cannot sign in or whose
 * unit head no longer oversees them, in no officer's own queue, until its legal time ran out. The unit
 * head or the leader assigns it again.
 *
 * <p>Plain {@code @EventListener}s, in the changing transaction, as the dossier module's hand-back of
 * steps (decision 0015): the change does not stand with petitions still waiting for the officer, and the
 * administrator disabling an account is told how many went back ({@link AccountDisabled#handedBack(int)}).
 */
@Component
class PetitionsHandedBack {

	/** The reason recorded in the petition's history and the audit trail when the account is disabled. */
	static final String REASON = "account disabled";

	/** The reason when the handler moved to another unit. */
	static final String MOVED = "officer moved to another unit";

	private static final List<PetitionStatus> OPEN = Arrays.stream(PetitionStatus.values())
		.filter(PetitionStatus::open)
		.toList();

	private final PetitionRepository petitions;
	private final ApplicationEventPublisher events;

	PetitionsHandedBack(PetitionRepository petitions, ApplicationEventPublisher events) {
		this.petitions = petitions;
		this.events = events;
	}

	@EventListener
	void on(AccountDisabled disabled) {
		disabled.handedBack(handBack(disabled.accountId(), petition -> true, "handed-back",
				REASON + ": " + disabled.username(), disabled.actor(), disabled.occurredAt()));
	}

	/** The petitions of the unit left stay with it; one of the unit they move to stays with them. */
	@EventListener
	void on(OfficerMoved moved) {
		handBack(moved.accountId(), petition -> !moved.toUnitId().equals(petition.unitId()), "moved-away",
				MOVED + ": " + moved.fullName(), moved.actor(), moved.occurredAt());
	}

	private int handBack(UUID accountId, Predicate<Petition> matching, String action, String note, Actor actor,
			Instant at) {
		List<Petition> assigned = petitions.findByHandlerAccountIdAndStatusIn(accountId, OPEN).stream()
			.filter(matching)
			.toList();
		for (Petition petition : assigned) {
			petition.handBack(action, note, at, actor);
			petitions.save(petition);
			events.publishEvent(new PetitionChanged(actor, at, petition.code(), petition.agencyCode(), petition.kind(),
					petition.status(), action, note));
		}
		return assigned.size();
	}
}
