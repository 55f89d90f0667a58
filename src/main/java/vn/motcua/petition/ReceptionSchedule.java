package vn.motcua.petition;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An agency's reception schedule as its administrator set it, in force from {@code effectiveFrom} until
 * a later one of the agency takes over (decision 0052). Never changed once set: a change is a new one.
 * One that says the agency holds no regular reception from its date has no director's day, no weekly
 * sessions and no place.
 *
 * @param weekly the regular sessions, in the order the administrator gave them
 * @param place where the sessions are held; empty for the agency's reception office
 * @param setBy the user name of the administrator who set it
 */
@Table("reception_schedule")
public record ReceptionSchedule(@Id UUID id, @Version @Nullable Long version, String agencyCode,
		LocalDate effectiveFrom, boolean noRegularReception, @Nullable Integer directorWeekOfMonth,
		@Nullable DayOfWeek directorDay,
		@MappedCollection(idColumn = "reception_schedule", keyColumn = "position") List<WeeklySession> weekly,
		String place, String setBy, Instant setAt) {

	/** A schedule of the agency's days and hours from a date; without them, no regular reception from that date. */
	static ReceptionSchedule of(UUID id, String agencyCode, LocalDate effectiveFrom,
			PetitionRules.@Nullable Reception reception, String setBy, Instant setAt) {
		if (reception == null) {
			return new ReceptionSchedule(id, null, agencyCode, effectiveFrom, true, null, null, List.of(), "", setBy,
					setAt);
		}
		return new ReceptionSchedule(id, null, agencyCode, effectiveFrom, false, reception.directorWeekOfMonth(),
				reception.directorDay(), reception.weekly(), reception.place().strip(), setBy, setAt);
	}

	/** The days and hours it sets; none when it says the agency holds no regular reception from its date. */
	public Optional<PetitionRules.Reception> reception() {
		return noRegularReception ? Optional.empty()
				: Optional.of(new PetitionRules.Reception(Objects.requireNonNull(directorWeekOfMonth),
						Objects.requireNonNull(directorDay), weekly, place));
	}
}
