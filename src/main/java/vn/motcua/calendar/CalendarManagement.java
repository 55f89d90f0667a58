package vn.motcua.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.Actor;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.NotFoundException;

/**
 * The calendar module's administration: the yearly overrides (nationwide or for one agency) and the
 * agencies' working hours. Every change is audited and applies to every computation after it commits.
 */
@Service
@Transactional
public class CalendarManagement {

	private final OverrideRepository overrides;
	private final WorkingHoursRepository hours;
	private final WorkingYears years;
	private final WorkingCalendar calendar;
	private final OrganizationManagement organization;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	CalendarManagement(OverrideRepository overrides, WorkingHoursRepository hours, WorkingYears years,
			WorkingCalendar calendar, OrganizationManagement organization, ApplicationEventPublisher events,
			Clock clock) {
		this.overrides = overrides;
		this.hours = hours;
		this.years = years;
		this.calendar = calendar;
		this.organization = organization;
		this.events = events;
		this.clock = clock;
	}

	/** Adds an override; one per day and scope (nationwide, or one agency). */
	public CalendarOverride addOverride(LocalDate date, String name, OverrideKind kind, @Nullable UUID agencyId) {
		if (!LunarCalendar.supports(date.getYear())) {
			throw new InvalidRequestException("calendar.year.range", LunarCalendar.FIRST_YEAR, LunarCalendar.LAST_YEAR);
		}
		if (name.isBlank()) {
			throw new InvalidRequestException("calendar.override.name.required");
		}
		if (agencyId != null) {
			organization.agency(agencyId);
		}
		boolean taken = overrides.findByOnDate(date).stream()
			.anyMatch(existing -> Objects.equals(existing.agencyId(), agencyId));
		if (taken) {
			throw new InvalidRequestException("calendar.override.duplicate", date);
		}
		CalendarOverride override = overrides.save(CalendarOverride.create(date, name.trim(), kind, agencyId));
		changed("override.added", override, "Override " + kind + " on " + date + " (" + override.name() + ")");
		return override;
	}

	public void removeOverride(UUID overrideId) {
		CalendarOverride override = overrides.findById(overrideId)
			.orElseThrow(() -> new NotFoundException("calendar.override.not-found"));
		overrides.delete(override);
		changed("override.removed", override, "Removed override " + override.kind() + " on " + override.onDate()
				+ " (" + override.name() + ")");
	}

	/** The overrides of a year, nationwide and of every agency, by date. */
	@Transactional(readOnly = true)
	public List<CalendarOverride> overrides(int year) {
		return overrides.findByOnDateBetweenOrderByOnDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	/** Sets an agency's own working hours. */
	public void setWorkingHours(UUID agencyId, WorkingHours workingHours) {
		organization.agency(agencyId);
		Long version = hours.findById(agencyId).map(AgencyWorkingHours::version).orElse(null);
		hours.save(AgencyWorkingHours.of(agencyId, version, workingHours));
		calendar.hoursChanged(agencyId);
		events.publishEvent(new CalendarChanged(Actor.current(), clock.instant(), "working-hours.changed",
				"WorkingHours", agencyId.toString(), "Working hours now " + workingHours, agencyId.toString()));
	}

	private void changed(String action, CalendarOverride override, String summary) {
		years.invalidate(override.agencyId());
		UUID agencyId = override.agencyId();
		events.publishEvent(new CalendarChanged(Actor.current(), clock.instant(), action, "CalendarOverride",
				override.id().toString(), summary, agencyId == null ? null : agencyId.toString()));
	}
}
