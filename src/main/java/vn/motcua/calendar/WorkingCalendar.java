package vn.motcua.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The one place where the system computes deadlines (legal-rules §2): the clock start, processing
 * times in working days, working hours or calendar days, pauses, and the timeliness of cases. Every
 * method takes the agency whose working hours and overrides apply; null means the nationwide
 * calendar with the default hours. Local date-times are Vietnam's ({@code Asia/Ho_Chi_Minh}).
 */
@Service
public class WorkingCalendar {

	private static final UUID NATIONWIDE = new UUID(0, 0);

	private final WorkingYears years;
	private final WorkingHoursRepository hours;
	private final WorkingHours defaultHours;
	private final Map<UUID, WorkingTime> agencies = new ConcurrentHashMap<>();

	WorkingCalendar(WorkingYears years, WorkingHoursRepository hours, CalendarProperties properties) {
		this.years = years;
		this.hours = hours;
		this.defaultHours = properties.defaultWorkingHours();
	}

	/** When the clock starts for a case received at {@code start}: then, or at the next working time. */
	public LocalDateTime clockStart(LocalDateTime start, @Nullable UUID agencyId) {
		return time(agencyId).clockStart(start);
	}

	/** The deadline of a case received at {@code start} with a processing time. */
	public Deadline deadline(LocalDateTime start, ProcessingTime processingTime, @Nullable UUID agencyId) {
		WorkingTime time = time(agencyId);
		LocalDateTime clockStart = time.clockStart(start);
		LocalDate date = clockStart.toLocalDate();
		long clock = clockStart.toLocalTime().toSecondOfDay();
		LocalDate dueDay = switch (processingTime.unit()) {
			case WORKING_DAYS -> time.plusWorkingDays(date, processingTime.wholeDays());
			case CALENDAR_DAYS -> time.workingDayFrom(date.plusDays(processingTime.wholeDays()));
			case WORKING_HOURS -> date;
		};
		LocalDateTime due = time.plusWorkingSeconds(WorkingTime.at(dueDay, clock), processingTime.restSeconds());
		return new Deadline(start, clockStart, due);
	}

	/** A due time extended by the working time of each pause. */
	public LocalDateTime extend(LocalDateTime due, List<Pause> pauses, @Nullable UUID agencyId) {
		WorkingTime time = time(agencyId);
		long paused = 0;
		for (Pause pause : pauses) {
			paused += time.workingSecondsBetween(pause.from(), pause.to());
		}
		return time.plusWorkingSeconds(due, paused);
	}

	/** The working time between two instants; zero when {@code to} is not after {@code from}. */
	public Duration workingTimeBetween(LocalDateTime from, LocalDateTime to, @Nullable UUID agencyId) {
		return Duration.ofSeconds(time(agencyId).workingSecondsBetween(from, to));
	}

	/**
	 * The latest instant at most {@code workingTime} of working time after {@code from}: an instant
	 * {@code t} not before {@code from} lies within it exactly when {@code t} is not after this one.
	 * Where the working time runs out at a break or at closing, the time until work resumes adds
	 * nothing, so that pause counts as within. Lets a query select by working time with a plain
	 * comparison of instants.
	 */
	public LocalDateTime lastWithin(LocalDateTime from, Duration workingTime, @Nullable UUID agencyId) {
		WorkingTime time = time(agencyId);
		return time.clockStart(time.plusWorkingSeconds(from, workingTime.toSeconds()));
	}

	/** How a case finished at {@code finishedAt} kept its due time. */
	public Timeliness timeliness(LocalDateTime finishedAt, LocalDateTime due) {
		if (finishedAt.isAfter(due)) {
			return Timeliness.LATE;
		}
		return finishedAt.toLocalDate().isBefore(due.toLocalDate()) ? Timeliness.EARLY : Timeliness.ON_TIME;
	}

	/** Where a case still open at {@code cutOff} stands against its due time. */
	public OpenTimeliness openTimeliness(LocalDateTime cutOff, LocalDateTime due) {
		return due.isBefore(cutOff) ? OpenTimeliness.OVERDUE : OpenTimeliness.WITHIN_DEADLINE;
	}

	/**
	 * How many working days lie from {@code from} (included) to {@code to} (excluded); zero when
	 * {@code to} is not after {@code from}. "At least n working days before" a date means at least n.
	 */
	public long workingDaysBetween(LocalDate from, LocalDate to, @Nullable UUID agencyId) {
		return to.isAfter(from) ? time(agencyId).workingDaysBetween(from, to) : 0;
	}

	public boolean isWorkingDay(LocalDate date, @Nullable UUID agencyId) {
		return time(agencyId).isWorkingDay(date);
	}

	/** The working hours of an agency, its own or the default. */
	public WorkingHours workingHours(@Nullable UUID agencyId) {
		return time(agencyId).hours();
	}

	/** Every statutory holiday (on a weekend too), compensatory day and override day off of a year. */
	public List<Holiday> holidays(int year, @Nullable UUID agencyId) {
		return time(agencyId).year(year).holidays();
	}

	/** Each day from {@code from} to {@code to}, both included, with whether it is worked and why. */
	public List<CalendarDay> days(LocalDate from, LocalDate to, @Nullable UUID agencyId) {
		WorkingTime time = time(agencyId);
		List<CalendarDay> result = new ArrayList<>();
		for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
			result.add(time.year(date.getYear()).day(date.getDayOfYear() - 1));
		}
		return result;
	}

	/** Forgets an agency's working hours (null: every agency's) once the current transaction commits. */
	void hoursChanged(@Nullable UUID agencyId) {
		years.afterCommit(() -> {
			if (agencyId == null) {
				agencies.clear();
			}
			else {
				agencies.remove(agencyId);
			}
		});
	}

	private WorkingTime time(@Nullable UUID agencyId) {
		return agencies.computeIfAbsent(agencyId == null ? NATIONWIDE : agencyId,
				key -> new WorkingTime(years, agencyId, agencyId == null ? defaultHours
						: hours.findById(agencyId).map(AgencyWorkingHours::hours).orElse(defaultHours)));
	}
}
