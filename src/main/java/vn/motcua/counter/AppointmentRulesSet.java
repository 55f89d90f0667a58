package vn.motcua.counter;

import java.time.Instant;
import java.util.UUID;

import vn.motcua.shared.Actor;
import vn.motcua.shared.AuditableEvent;

/**
 * An agency's administrator set its appointment rules from a date (decision 0034, later section); that agency's
 * People's Inspection Board reads it (decision 0051).
 */
public record AppointmentRulesSet(Actor actor, Instant occurredAt, String agencyCode, UUID ruleSetId,
		AppointmentRules.RuleSet rules) implements AuditableEvent {

	@Override
	public String action() {
		return "counter.appointment-rules.set";
	}

	@Override
	public String recordType() {
		return "AppointmentRuleSet";
	}

	@Override
	public String recordId() {
		return ruleSetId.toString();
	}

	@Override
	public String summary() {
		return "Appointment rules of " + agencyCode + " from " + rules.inForceFrom() + ": slots of "
				+ rules.slotLength().toMinutes() + " min, " + rules.capacityPerSlot() + " a slot, " + rules.daysAhead()
				+ " working days ahead, closing " + rules.bookingClosesBefore().toMinutes() + " min before";
	}
}
