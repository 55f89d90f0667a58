package vn.motcua.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.motcua.shared.InvalidRequestException;

/**
 * The working years of the nationwide calendar and of each agency, built on first use from the
 * statutory holidays and the overrides, and kept until an override of their scope changes. Each
 * scope keeps its years in an array that an invalidation replaces, so that a year built from data
 * read before the change lands in the discarded array.
 */
@Component
class WorkingYears {

	private static final UUID NATIONWIDE = new UUID(0, 0);
	private static final int YEARS = LunarCalendar.LAST_YEAR - LunarCalendar.FIRST_YEAR + 1;

	private final StatutoryHolidays statutory;
	private final OverrideRepository overrides;
	private final Map<UUID, AtomicReferenceArray<WorkingYear>> scopes = new ConcurrentHashMap<>();

	WorkingYears(StatutoryHolidays statutory, OverrideRepository overrides) {
		this.statutory = statutory;
		this.overrides = overrides;
	}

	/** A year of an agency's calendar (null: the nationwide one). */
	WorkingYear year(@Nullable UUID agencyId, int year) {
		if (!LunarCalendar.supports(year)) {
			throw new InvalidRequestException("calendar.year.range", LunarCalendar.FIRST_YEAR, LunarCalendar.LAST_YEAR);
		}
		AtomicReferenceArray<WorkingYear> years = scopes.computeIfAbsent(agencyId == null ? NATIONWIDE : agencyId,
				scope -> new AtomicReferenceArray<>(YEARS));
		int index = year - LunarCalendar.FIRST_YEAR;
		WorkingYear cached = years.get(index);
		if (cached == null) {
			cached = build(agencyId, year);
			years.set(index, cached);
		}
		return cached;
	}

	/** Forgets the years of a scope (null: every scope) once the current transaction, if any, commits. */
	void invalidate(@Nullable UUID agencyId) {
		afterCommit(() -> {
			if (agencyId == null) {
				scopes.clear();
			}
			else {
				scopes.remove(agencyId);
			}
		});
	}

	/**
	 * Runs a cache invalidation after the current transaction commits (at once without one): a
	 * rebuild that ran before the commit would read the old data and keep it.
	 */
	void afterCommit(Runnable action) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					action.run();
				}
			});
		}
		else {
			action.run();
		}
	}

	private WorkingYear build(@Nullable UUID agencyId, int year) {
		List<Holiday> holidays = new ArrayList<>(statutory.of(year));
		Map<LocalDate, CalendarOverride> effective = effectiveOverrides(agencyId, year);
		CalendarDay[] days = LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + 1, 1, 1))
			.map(WorkingYears::weekly)
			.toArray(CalendarDay[]::new);
		for (Holiday holiday : holidays) {
			days[holiday.date().getDayOfYear() - 1] = new CalendarDay(holiday.date(), false, false, holiday.name());
		}
		for (CalendarOverride override : effective.values()) {
			days[override.onDate().getDayOfYear() - 1] = new CalendarDay(override.onDate(), override.kind().working(), false,
					override.displayName());
			if (!override.kind().working()) {
				holidays.add(new Holiday(override.onDate(), override.displayName(), HolidayKind.OVERRIDE));
			}
		}
		holidays.sort(Comparator.comparing(Holiday::date));
		return new WorkingYear(year, days, holidays);
	}

	/** The overrides that apply, one a day: an agency's own wins over a nationwide one. */
	private Map<LocalDate, CalendarOverride> effectiveOverrides(@Nullable UUID agencyId, int year) {
		Map<LocalDate, CalendarOverride> result = new HashMap<>();
		for (CalendarOverride override : overrides.findByOnDateBetweenOrderByOnDate(LocalDate.of(year, 1, 1),
				LocalDate.of(year, 12, 31))) {
			if (override.appliesTo(agencyId) && (override.agencyId() != null || !result.containsKey(override.onDate()))) {
				result.put(override.onDate(), override);
			}
		}
		return result;
	}

	private static CalendarDay weekly(LocalDate date) {
		return switch (date.getDayOfWeek()) {
			case SATURDAY -> new CalendarDay(date, false, true, weekday("calendar.day.saturday"));
			case SUNDAY -> new CalendarDay(date, false, true, weekday("calendar.day.sunday"));
			default -> new CalendarDay(date, true, true, null);
		};
	}

	private static MessageSourceResolvable weekday(String key) {
		return new DefaultMessageSourceResolvable(key);
	}
}
