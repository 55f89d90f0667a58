package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.testing.WebTest;

/**
 * Overrides and working hours against the real database: they change every deadline computed after
 * them, only for their scope, and each change is audited. Nationwide overrides go on a random
 * Saturday of a far year and are removed after each test, since the PostgreSQL layer shares its
 * database with every other test class.
 */
@WebTest
@RecordApplicationEvents
class CalendarModuleTests {

	@Autowired
	CalendarManagement management;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	OrganizationManagement organization;

	@Autowired
	ApplicationEvents events;

	private final List<UUID> added = new ArrayList<>();

	@AfterEach
	void removeWhatWasAdded() {
		added.forEach(id -> {
			try {
				management.removeOverride(id);
			}
			catch (InvalidRequestException alreadyRemoved) {
				// the test removed it itself
			}
		});
	}

	@Test
	void aWorkedSaturdayShortensTheDeadlineUntilItIsRemoved() {
		LocalDate saturday = aFarSaturday();
		LocalDateTime friday = saturday.minusDays(1).atTime(10, 0);
		LocalDateTime before = calendar.deadline(friday, ProcessingTime.workingDays(1), null).due();

		CalendarOverride override = add(saturday, "Làm bù", OverrideKind.WORKING_DAY, null);
		LocalDateTime during = calendar.deadline(friday, ProcessingTime.workingDays(1), null).due();
		management.removeOverride(override.id());
		LocalDateTime after = calendar.deadline(friday, ProcessingTime.workingDays(1), null).due();

		assertThat(during).isEqualTo(saturday.atTime(10, 0));
		assertThat(before).isAfter(during).isEqualTo(after);
	}

	@Test
	void anAgencysOverrideChangesOnlyThatAgencysDeadlines() {
		UUID agency = newAgency();
		UUID otherAgency = newAgency();
		LocalDate monday = aFarSaturday().plusDays(2);
		LocalDateTime friday = monday.minusDays(3).atTime(10, 0);

		add(monday, "Nghỉ riêng", OverrideKind.DAY_OFF, agency);

		assertThat(calendar.deadline(friday, ProcessingTime.workingDays(1), agency).due())
			.isEqualTo(monday.plusDays(1).atTime(10, 0));
		assertThat(calendar.deadline(friday, ProcessingTime.workingDays(1), otherAgency).due())
			.isEqualTo(monday.atTime(10, 0));
		assertThat(calendar.deadline(friday, ProcessingTime.workingDays(1), null).due())
			.isEqualTo(monday.atTime(10, 0));
		assertThat(calendar.holidays(monday.getYear(), agency)).extracting(Holiday::date, Holiday::kind)
			.contains(tuple(monday, HolidayKind.OVERRIDE));
	}

	@Test
	void eachChangeIsAudited() {
		UUID agency = newAgency();
		LocalDate saturday = aFarSaturday();

		CalendarOverride override = add(saturday, "Làm bù", OverrideKind.WORKING_DAY, agency);
		management.removeOverride(override.id());

		assertThat(events.stream(CalendarChanged.class))
			.extracting(CalendarChanged::action, CalendarChanged::recordId, CalendarChanged::agencyId)
			.containsExactly(tuple("override.added", override.id().toString(), agency.toString()),
					tuple("override.removed", override.id().toString(), agency.toString()));
	}

	@Test
	void refusesASecondOverrideOfTheSameDayAndScope() {
		UUID agency = newAgency();
		LocalDate saturday = aFarSaturday();
		add(saturday, "Làm bù", OverrideKind.WORKING_DAY, agency);

		assertThatThrownBy(() -> management.addOverride(saturday, "Lần nữa", OverrideKind.DAY_OFF, agency))
			.isInstanceOf(InvalidRequestException.class)
			.hasMessage("calendar.override.duplicate");
		assertThat(management.overrides(saturday.getYear())).filteredOn(o -> agency.equals(o.agencyId())).hasSize(1);
	}

	@Test
	void anAgencysWorkingHoursApplyToItsDeadlines() {
		UUID agency = newAgency();
		management.setWorkingHours(agency,
				new WorkingHours(LocalTime.of(7, 0), LocalTime.of(11, 30), LocalTime.of(13, 30), LocalTime.of(17, 0)));
		LocalDateTime lunch = LocalDateTime.parse("2026-03-10T13:15");

		assertThat(calendar.clockStart(lunch, agency)).isEqualTo("2026-03-10T13:30");
		assertThat(calendar.clockStart(lunch, null)).isEqualTo(lunch);
		assertThat(events.stream(CalendarChanged.class)).extracting(CalendarChanged::action)
			.containsExactly("working-hours.changed");
	}

	private CalendarOverride add(LocalDate date, String name, OverrideKind kind, UUID agencyId) {
		CalendarOverride override = management.addOverride(date, name, kind, agencyId);
		added.add(override.id());
		return override;
	}

	private UUID newAgency() {
		String code = "T" + UUID.randomUUID().toString().substring(0, 12);
		return organization.createAgency(code, "Cơ quan thử " + code, "Thử").id();
	}

	/** A Saturday far from the years other tests compute, that no holiday or override touches. */
	private LocalDate aFarSaturday() {
		LocalDate day = LocalDate.of(ThreadLocalRandom.current().nextInt(2150, 2199), 3, 1)
			.plusWeeks(ThreadLocalRandom.current().nextInt(0, 30))
			.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
		return calendar.isWorkingDay(day.minusDays(1), null) && calendar.isWorkingDay(day.plusDays(2), null)
				&& calendar.isWorkingDay(day.plusDays(3), null) && !calendar.isWorkingDay(day, null) ? day : aFarSaturday();
	}
}
