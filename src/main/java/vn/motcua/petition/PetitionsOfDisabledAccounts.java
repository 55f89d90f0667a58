package vn.motcua.petition;

import java.util.Arrays;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.motcua.identity.AccountDisabled;

/**
 * When an officer's account is disabled, the open petitions assigned to them go back to their unit,
 * assigned to nobody: otherwise each waited for a handler nobody can sign in as, in no officer's own
 * queue, until its legal time ran out. The unit head or the leader assigns it again.
 *
 * <p>A plain {@code @EventListener}, in the disabling transaction, as the dossier module's hand-back
 * of steps (decision 0015): the account is not disabled with petitions still waiting for it, and the
 * administrator is told how many went back ({@link AccountDisabled#handedBack(int)}).
 */
@Component
class PetitionsOfDisabledAccounts {

	/** The reason recorded in the petition's history and the audit trail. */
	static final String REASON = "account disabled";

	private static final List<PetitionStatus> OPEN = Arrays.stream(PetitionStatus.values())
		.filter(PetitionStatus::open)
		.toList();

	private final PetitionRepository petitions;
	private final ApplicationEventPublisher events;

	PetitionsOfDisabledAccounts(PetitionRepository petitions, ApplicationEventPublisher events) {
		this.petitions = petitions;
		this.events = events;
	}

	@EventListener
	void on(AccountDisabled disabled) {
		List<Petition> assigned = petitions.findByHandlerAccountIdAndStatusIn(disabled.accountId(), OPEN);
		for (Petition petition : assigned) {
			String note = REASON + ": " + disabled.username();
			petition.handBack(note, disabled.occurredAt(), disabled.actor());
			petitions.save(petition);
			events.publishEvent(new PetitionChanged(disabled.actor(), disabled.occurredAt(), petition.code(),
					petition.agencyCode(), petition.kind(), petition.status(), "handed-back", note));
		}
		disabled.handedBack(assigned.size());
	}
}
