package vn.motcua.petition.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

import vn.motcua.petition.CitizenReception;
import vn.motcua.petition.ReceptionSession;

/**
 * An entry of the public reception schedule's API: a session, or the day from which the agency holds no
 * regular reception (decision 0052), said in the caller's language. Both in one list, in the order of
 * their days, so that the list clients read before keeps its shape.
 *
 * @param from the session's start; null for a day without regular reception
 * @param to the session's end; null for a day without regular reception
 * @param noRegularReception whether from {@code date} the agency holds no regular reception, through
 *        {@code through} when a later schedule starts in the weeks read
 * @param notice what the public page says of it, in the caller's language; null for a session
 */
record ReceptionScheduleEntry(LocalDate date, @Nullable LocalTime from, @Nullable LocalTime to, boolean director,
		String place, boolean noRegularReception, @Nullable LocalDate through, @Nullable String notice) {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	static List<ReceptionScheduleEntry> of(CitizenReception.Schedule schedule, MessageSource messages, Locale locale) {
		List<ReceptionScheduleEntry> entries = new ArrayList<>();
		for (ReceptionSession session : schedule.sessions()) {
			entries.add(new ReceptionScheduleEntry(session.date(), session.from(), session.to(), session.director(),
					session.place(), false, null, null));
		}
		for (CitizenReception.NoRegularReception none : schedule.withoutRegularReception()) {
			String agency = schedule.agency().name();
			String notice = none.through() == null
					? messages.getMessage("reception.schedule.no-regular", new Object[] { DAY.format(none.from()), agency },
							locale)
					: messages.getMessage("reception.schedule.no-regular.through",
							new Object[] { DAY.format(none.from()), DAY.format(none.through()), agency }, locale);
			entries.add(new ReceptionScheduleEntry(none.from(), null, null, false, "", true, none.through(), notice));
		}
		entries.sort(Comparator.comparing(ReceptionScheduleEntry::date));
		return entries;
	}
}
