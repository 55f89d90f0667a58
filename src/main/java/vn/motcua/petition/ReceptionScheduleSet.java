package vn.motcua.petition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import vn.motcua.shared.Actor;
import vn.motcua.shared.AuditableEvent;

/** An agency's administrator set its reception schedule from a date (decision 0052); the audit trail records it. */
public record ReceptionScheduleSet(Actor actor, Instant occurredAt, String agencyCode, UUID scheduleId,
		LocalDate effectiveFrom, PetitionRules.Reception reception) implements AuditableEvent {

	@Override
	public String action() {
		return "reception.schedule.set";
	}

	@Override
	public String recordType() {
		return "ReceptionSchedule";
	}

	@Override
	public String recordId() {
		return scheduleId.toString();
	}

	@Override
	public String summary() {
		return "Reception schedule of " + agencyCode + " from " + effectiveFrom + ": director's day in week "
				+ reception.directorWeekOfMonth() + " on " + reception.directorDay() + ", weekly on "
				+ reception.weeklyDay() + " " + reception.weeklyFrom() + "-" + reception.weeklyTo()
				+ (reception.place().isEmpty() ? "" : ", at " + reception.place());
	}
}
