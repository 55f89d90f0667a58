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

	private final ApplicationEventPublisher events;
	private final Clock clock;

	OrganizationChanges(ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	void publish(String action, String recordType, UUID recordId, String summary) {
		events.publishEvent(new OrganizationChanged(Actor.current(), clock.instant(), action, recordType,
				recordId.toString(), summary));
	}

	/** The value without surrounding spaces; refused when nothing is left. */
	static String required(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidFieldException(field, "organization." + field + ".required");
		}
		return value.strip();
	}
}
