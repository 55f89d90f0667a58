package vn.motcua.organization;

import java.time.Clock;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import vn.motcua.shared.Actor;
import vn.motcua.shared.InvalidFieldException;

/** What the organization's collaborators share: the audited record of each change, and required fields. */
@Component
class OrganizationChanges {

	private final AgencyRepository agencies;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	OrganizationChanges(AgencyRepository agencies, ApplicationEventPublisher events, Clock clock) {
		this.agencies = agencies;
		this.events = events;
		this.clock = clock;
	}

	/** A change by whoever is signed in, to a record of that agency. */
	void publish(String action, String recordType, UUID recordId, UUID agencyId, String summary) {
		publish(Actor.current(), action, recordType, recordId, agencyId, summary);
	}

	void publish(Actor actor, String action, String recordType, UUID recordId, UUID agencyId, String summary) {
		String agencyCode = agencies.findById(agencyId).orElseThrow().code();
		events.publishEvent(new OrganizationChanged(actor, clock.instant(), action, recordType, recordId.toString(),
				summary, agencyCode));
	}

	/** The value without surrounding spaces; refused when nothing is left. */
	static String required(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidFieldException(field, "organization." + field + ".required");
		}
		return value.strip();
	}
}
