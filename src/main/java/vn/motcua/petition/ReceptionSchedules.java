package vn.motcua.petition;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.organization.Agency;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.Actor;
import vn.motcua.shared.InvalidFieldException;
import vn.motcua.shared.TimeOrderedIds;
import vn.motcua.shared.VietnamTime;

/**
 * Each agency's citizen reception schedule, set by its administrator and in force from a date (decision
 * 0052). The home agency follows {@code motcua.petition.reception} until it sets one; another agency has
 * none until then, as its days are not the home agency's to publish (decision 0047). Who may set an
 * agency's schedule is the caller's to check: the administrator pages guard their path.
 */
@Service
public class ReceptionSchedules {

	/** The director's day is in one of the month's first four weeks: every month has them. */
	static final int LAST_DIRECTOR_WEEK = 4;
	static final int LONGEST_PLACE = 300;
	/** Two a day on every working day. */
	public static final int MOST_WEEKLY_SESSIONS = 10;

	private final ReceptionScheduleRepository schedules;
	private final PetitionRules rules;
	private final OrganizationManagement organization;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ReceptionSchedules(ReceptionScheduleRepository schedules, PetitionRules rules, OrganizationManagement organization,
			ApplicationEventPublisher events, Clock clock) {
		this.schedules = schedules;
		this.rules = rules;
		this.organization = organization;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A schedule to set: its first day, and its days and hours, or none when from that day the agency
	 * holds no regular reception.
	 */
	public record Entry(LocalDate effectiveFrom, PetitionRules.@Nullable Reception reception) {
	}

	/**
	 * What is in force from {@code from} (included) until {@code until} (excluded): a schedule's days and
	 * hours, or none when the schedule set from {@code effectiveFrom} says the agency holds no regular reception.
	 */
	record InForce(PetitionRules.@Nullable Reception reception, LocalDate effectiveFrom, LocalDate from,
			LocalDate until) {
	}

	/**
	 * Sets the agency's schedule from the entry's date, which is today or later: the days already past
	 * keep the schedule they had. A schedule set earlier from the same date gives way to this one; it is
	 * kept, as every schedule is. An entry without days and hours ends the agency's regular reception from
	 * its date, until a later schedule.
	 *
	 * @throws InvalidFieldException naming the field that breaks a rule
	 */
	@Transactional
	public ReceptionSchedule set(Agency agency, Entry entry, Actor actor) {
		check(entry);
		ReceptionSchedule schedule = schedules.save(ReceptionSchedule.of(TimeOrderedIds.next(), agency.code(),
				entry.effectiveFrom(), entry.reception(), actor.name(), clock.instant()));
		events.publishEvent(new ReceptionScheduleSet(actor, schedule.setAt(), agency.code(), schedule.id(),
				schedule.effectiveFrom(), schedule.reception().orElse(null)));
		return schedule;
	}

	/** Every schedule the agency has set, the latest first; the one a day followed is the first from that day or before. */
	public List<ReceptionSchedule> history(Agency agency) {
		return schedules.findByAgencyCodeOrderByEffectiveFromDescSetAtDescIdDesc(agency.code());
	}

	/** The home agency's configured schedule, followed until it sets one; none for another agency. */
	public Optional<PetitionRules.Reception> byDefault(Agency agency) {
		return organization.homeAgency().filter(home -> home.id().equals(agency.id())).map(home -> rules.homeReception());
	}

	/** The schedules in force on the days from {@code from} until {@code until} (excluded), in order; none on days without. */
	List<InForce> inForce(Agency agency, LocalDate from, LocalDate until) {
		List<InForce> spans = new ArrayList<>();
		LocalDate end = until;
		for (ReceptionSchedule schedule : schedules
			.findByAgencyCodeAndEffectiveFromLessThanEqualOrderByEffectiveFromDescSetAtDescIdDesc(agency.code(),
					until.minusDays(1))) {
			LocalDate start = schedule.effectiveFrom().isAfter(from) ? schedule.effectiveFrom() : from;
			// one set earlier from the same day was replaced before it applied, and leaves start == end
			if (start.isBefore(end)) {
				spans.add(new InForce(schedule.reception().orElse(null), schedule.effectiveFrom(), start, end));
				end = start;
			}
			if (!end.isAfter(from)) {
				break;
			}
		}
		LocalDate before = end;
		if (before.isAfter(from)) {
			byDefault(agency).ifPresent(reception -> spans.add(new InForce(reception, from, from, before)));
		}
		Collections.reverse(spans);
		return spans;
	}

	private void check(Entry entry) {
		if (entry.effectiveFrom().isBefore(LocalDate.now(clock.withZone(VietnamTime.ZONE)))) {
			throw new InvalidFieldException("effectiveFrom", "reception.schedule.effective-from.past");
		}
		PetitionRules.Reception reception = entry.reception();
		if (reception == null) {
			return;
		}
		if (reception.directorWeekOfMonth() < 1 || reception.directorWeekOfMonth() > LAST_DIRECTOR_WEEK) {
			throw new InvalidFieldException("directorWeekOfMonth", "reception.schedule.week.invalid", LAST_DIRECTOR_WEEK);
		}
		checkWorkday("directorDay", reception.directorDay());
		checkWeekly(reception.weekly());
		if (reception.place().strip().length() > LONGEST_PLACE) {
			throw new InvalidFieldException("place", "reception.schedule.place.too-long", LONGEST_PLACE);
		}
	}

	/**
	 * One weekly session at least (an agency without any says so with no regular reception), at most
	 * {@value #MOST_WEEKLY_SESSIONS}, each on a working weekday, ending after it starts, and none overlapping
	 * an earlier one of the same day; a field is named by the session's place in the list.
	 */
	private static void checkWeekly(List<WeeklySession> weekly) {
		if (weekly.isEmpty()) {
			throw new InvalidFieldException("weekly", "reception.schedule.weekly.none");
		}
		if (weekly.size() > MOST_WEEKLY_SESSIONS) {
			throw new InvalidFieldException("weekly", "reception.schedule.weekly.too-many", MOST_WEEKLY_SESSIONS);
		}
		for (int i = 0; i < weekly.size(); i++) {
			WeeklySession session = weekly.get(i);
			checkWorkday("weekly[" + i + "].day", session.day());
			if (!session.startsAt().isBefore(session.endsAt())) {
				throw new InvalidFieldException("weekly[" + i + "].endsAt", "reception.schedule.weekly-to.not-after");
			}
			for (WeeklySession earlier : weekly.subList(0, i)) {
				if (earlier.overlaps(session)) {
					throw new InvalidFieldException("weekly[" + i + "].startsAt", "reception.schedule.weekly.overlap",
							earlier.startsAt(), earlier.endsAt());
				}
			}
		}
	}

	/** Receptions are held on working weekdays; the agency's calendar moves or drops those that fall on a day off. */
	private static void checkWorkday(String field, DayOfWeek day) {
		if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
			throw new InvalidFieldException(field, "reception.schedule.day.weekend");
		}
	}
}
