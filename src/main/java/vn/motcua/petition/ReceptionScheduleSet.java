package vn.motcua.petition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import vn.motcua.shared.Actor;
import vn.motcua.shared.AuditableEvent;

/**
 * An agency's administrator set its reception schedule from a date (decision 0052), or that it holds no
 * regular reception from that date (no days and hours); the audit trail records it.
 */
public record ReceptionScheduleSet(Actor actor, Instant occurredAt, String agencyCode, UUID scheduleId,
		LocalDate effectiveFrom, PetitionRules.@Nullable Reception reception) implements AuditableEvent {

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
		String of = "Reception schedule of " + agencyCode + " from " + effectiveFrom + ": ";
		if (reception == null) {
			return of + "no regular reception";
		}
		return of + "director's day in week " + reception.directorWeekOfMonth() + " on " + reception.directorDay()
				+ ", weekly on " + reception.weekly().stream()
					.map(session -> session.day() + " " + session.startsAt() + "-" + session.endsAt())
					.collect(Collectors.joining(", "))
				+ (reception.place().isEmpty() ? "" : ", at " + reception.place());
	}
}
