package vn.motcua.petition;

import java.time.DayOfWeek;
import java.time.LocalTime;

import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A regular reception session of a schedule: every week on that day, from {@code startsAt} until
 * {@code endsAt} (decision 0052). A schedule may hold several: two days a week, a morning and an afternoon.
 */
@Table("reception_weekly_session")
public record WeeklySession(@Column("weekday") DayOfWeek day, LocalTime startsAt, LocalTime endsAt) {

	/** Whether both are held on the same day at times that overlap (one ending as the other starts does not). */
	boolean overlaps(WeeklySession other) {
		return day == other.day && startsAt.isBefore(other.endsAt) && other.startsAt.isBefore(endsAt);
	}
}
