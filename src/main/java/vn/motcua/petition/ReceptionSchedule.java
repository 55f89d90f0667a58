package vn.motcua.petition;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An agency's reception schedule as its administrator set it, in force from {@code effectiveFrom} until
 * a later one of the agency takes over (decision 0052). Never changed once set: a change is a new one.
 *
 * @param place where the sessions are held; empty for the agency's reception office
 * @param setBy the user name of the administrator who set it
 */
@Table("reception_schedule")
public record ReceptionSchedule(@Id UUID id, @Version @Nullable Long version, String agencyCode,
		LocalDate effectiveFrom, int directorWeekOfMonth, DayOfWeek directorDay, DayOfWeek weeklyDay,
		LocalTime weeklyFrom, LocalTime weeklyTo, String place, String setBy, Instant setAt) {

	/** The days and hours it sets. */
	public PetitionRules.Reception reception() {
		return new PetitionRules.Reception(directorWeekOfMonth, directorDay, weeklyDay, weeklyFrom, weeklyTo, place);
	}
}
