package vn.motcua.calendar;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A day that the yearly notice of the government moves: a bridge day off, a Saturday worked in
 * exchange. Nationwide when {@code agencyId} is null, otherwise for that agency only. Wins over the
 * computed calendar; an agency's override wins over a nationwide one of the same date.
 */
@Table("calendar_override")
public record CalendarOverride(@Id UUID id, @Version @Nullable Long version, LocalDate onDate, String name,
		OverrideKind kind, @Nullable UUID agencyId) {

	static CalendarOverride create(LocalDate onDate, String name, OverrideKind kind, @Nullable UUID agencyId) {
		return new CalendarOverride(UUID.randomUUID(), null, onDate, name, kind, agencyId);
	}

	/** Whether the override applies to the calendar of an agency (null: the nationwide calendar). */
	boolean appliesTo(@Nullable UUID agency) {
		return agencyId == null || agencyId.equals(agency);
	}

	/** The administrator's name of the day, as a text that needs no translation key. */
	MessageSourceResolvable displayName() {
		return new DefaultMessageSourceResolvable(new String[0], name);
	}
}
