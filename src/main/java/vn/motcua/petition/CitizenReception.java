package vn.motcua.petition;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingHours;
import vn.motcua.identity.CurrentUser;
import vn.motcua.identity.Role;
import vn.motcua.organization.Agency;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.SubmissionKeys;
import vn.motcua.shared.TimeOrderedIds;

/**
 * Citizen reception (Luật Tiếp công dân 2013): the schedule (the director's day each month and the
 * regular weekly sessions), and the reception log, whose records may open petitions.
 */
@Service
public class CitizenReception {

	/** The scope of the log form's keys ({@link SubmissionKeys}): a line's id. */
	private static final String SCOPE = "reception";
	/** Who receives citizens and keeps the log. */
	private static final Set<Role> RECEIVING_ROLES = Set.of(Role.RECEPTION_OFFICER, Role.SPECIALIST, Role.UNIT_HEAD,
			Role.AGENCY_LEADER);

	private final PetitionRules rules;
	private final ReceptionSchedules schedules;
	private final WorkingCalendar calendar;
	private final ReceptionRecordRepository records;
	private final OrganizationManagement organization;
	private final org.springframework.context.ApplicationEventPublisher events;
	private final Clock clock;
	private final SubmissionKeys keys;
	private final TransactionTemplate inTransaction;

	CitizenReception(PetitionRules rules, ReceptionSchedules schedules, WorkingCalendar calendar,
			ReceptionRecordRepository records, OrganizationManagement organization,
			org.springframework.context.ApplicationEventPublisher events, Clock clock, SubmissionKeys keys,
			PlatformTransactionManager transactions) {
		this.keys = keys;
		this.inTransaction = new TransactionTemplate(transactions);
		this.events = events;
		this.rules = rules;
		this.schedules = schedules;
		this.calendar = calendar;
		this.records = records;
		this.organization = organization;
		this.clock = clock;
	}

	/**
	 * An agency's reception schedule as the public reads it.
	 *
	 * @param published whether a schedule is in force on any of the days read; when not, no sessions
	 * @param withoutRegularReception the spans of the days read in which the agency holds no regular reception
	 */
	public record Schedule(Agency agency, boolean published, List<ReceptionSession> sessions,
			List<NoRegularReception> withoutRegularReception) {
	}

	/**
	 * From {@code from} the agency holds no regular reception, as its administrator set (decision 0052),
	 * through {@code through} when a later schedule starts in the days read, else beyond them.
	 */
	public record NoRegularReception(LocalDate from, @Nullable LocalDate through) {
	}

	/**
	 * The sessions of the coming weeks from {@code from} at the agency of that code (the home agency when
	 * none is given), each day's by the schedule in force on that day (decision 0052), on the agency's own
	 * working calendar. A director's day that falls on a day off moves to the next working day; a weekly
	 * session on a day off does not take place. An agency without a schedule in force has none to show,
	 * nor the days from which it holds no regular reception.
	 *
	 * @throws vn.motcua.shared.InvalidFieldException when no agency has the code
	 */
	public Schedule schedule(@Nullable String agencyCode, LocalDate from, int weeks) {
		Agency agency = organization.addressedAgency(agencyCode);
		LocalDate until = from.plusWeeks(weeks);
		List<ReceptionSchedules.InForce> inForce = schedules.inForce(agency, from, until);
		List<ReceptionSession> sessions = new ArrayList<>();
		List<NoRegularReception> without = new ArrayList<>();
		for (ReceptionSchedules.InForce span : inForce) {
			if (span.reception() == null) {
				without.add(new NoRegularReception(span.effectiveFrom(),
						span.until().equals(until) ? null : span.until().minusDays(1)));
			}
			else {
				sessions.addAll(sessions(span.reception(), span.from(), span.until(), agency.id()));
			}
		}
		return new Schedule(agency, !inForce.isEmpty(), sessions, without);
	}

	/**
	 * The sessions of one schedule's days, from {@code from} until {@code to} (excluded): a month whose
	 * schedule changes has the director's day of the schedule in force on that day, so it may have none or
	 * two. The director's day takes the place of the weekly sessions of its day.
	 */
	private List<ReceptionSession> sessions(PetitionRules.Reception reception, LocalDate from, LocalDate to,
			UUID agencyId) {
		WorkingHours hours = calendar.workingHours(agencyId);
		List<ReceptionSession> sessions = new ArrayList<>();
		List<LocalDate> directorDays = new ArrayList<>();
		for (LocalDate month = from.withDayOfMonth(1); !month.isAfter(to); month = month.plusMonths(1)) {
			LocalDate day = month.with(TemporalAdjusters.dayOfWeekInMonth(reception.directorWeekOfMonth(),
					reception.directorDay()));
			while (!calendar.isWorkingDay(day, agencyId)) {
				day = day.plusDays(1);
			}
			if (!day.isBefore(from) && day.isBefore(to)) {
				directorDays.add(day);
			}
		}
		for (WeeklySession weekly : reception.weekly()) {
			for (LocalDate day = from.with(TemporalAdjusters.nextOrSame(weekly.day())); day.isBefore(to); day = day
				.plusWeeks(1)) {
				if (calendar.isWorkingDay(day, agencyId) && !directorDays.contains(day)) {
					sessions.add(new ReceptionSession(day, weekly.startsAt(), weekly.endsAt(), false, reception.place()));
				}
			}
		}
		for (LocalDate day : directorDays) {
			sessions.add(new ReceptionSession(day, hours.morningStart(), hours.afternoonEnd(), true, reception.place()));
		}
		sessions.sort(Comparator.comparing(ReceptionSession::date).thenComparing(ReceptionSession::from));
		return sessions;
	}

	/**
	 * What an official writes in the log.
	 *
	 * @param citizens each citizen's full name and address
	 */
	public record Entry(String citizens, int persons, String content, @Nullable String priorHandling,
			@Nullable String requests, @Nullable String resultSummary, boolean citizensSigned,
			boolean directorSession) {
	}

	/**
	 * Writes a line of the log, numbered in turn, with the answer due in the legal time. The form sent
	 * twice (its submission key) writes one line. Two lines written at the same moment take the same
	 * number; the later fails on the log's unique numbering, and its transaction with it, so it is
	 * written again in a transaction of its own, under the next number (or, for the same form, not at
	 * all: the earlier's line is returned).
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public ReceptionRecord record(Entry entry, CurrentUser user, @Nullable String submissionKey) {
		String key = submissionKey == null ? null : SubmissionKeys.checked(submissionKey);
		String digest = key == null ? "" : keys.digest(Arrays.asList(entry.citizens(), entry.persons(),
				entry.content(), entry.priorHandling(), entry.requests(), entry.resultSummary(), entry.citizensSigned(),
				entry.directorSession()));
		try {
			return inTransaction.execute(status -> recordOnce(entry, user, key, digest));
		}
		catch (DuplicateKeyException writtenAtTheSameMoment) {
			return inTransaction.execute(status -> recordOnce(entry, user, key, digest));
		}
	}

	/** One attempt of {@link #record}, in the caller's transaction. */
	ReceptionRecord recordOnce(Entry entry, CurrentUser user, @Nullable String key, String digest) {
		Agency agency = receivingAgency(user);
		if (key != null) {
			Optional<ReceptionRecord> earlier = keys.find(SCOPE, key)
				.map(use -> records.findById(UUID.fromString(use.codeFor(digest))).orElseThrow());
			if (earlier.isPresent()) {
				return earlier.get();
			}
		}
		if (entry.citizens() == null || entry.citizens().isBlank() || entry.content() == null
				|| entry.content().isBlank()) {
			throw new InvalidRequestException("reception.required");
		}
		if (entry.persons() < 1 || entry.persons() > 1000) {
			throw new InvalidRequestException("reception.persons.invalid");
		}
		if (entry.citizens().length() > 2000 || entry.content().length() > 8000) {
			throw new InvalidRequestException("reception.too-long");
		}
		int serial = records.lastSerial(agency.code()) + 1;
		LocalDateTime now = PetitionManagement.local(clock.instant());
		String ruleSet = rules.inForceOn(now.toLocalDate()).id();
		LocalDateTime answerDue = calendar.deadline(now, rules.byId(ruleSet).receptionAnswer(), agency.id()).due();
		ReceptionRecord record = new ReceptionRecord(TimeOrderedIds.next(), null, agency.code(), serial, now.toLocalDate(),
				entry.citizens().strip(), entry.persons(), entry.content().strip(), blank(entry.priorHandling()),
				blank(entry.requests()), blank(entry.resultSummary()), entry.citizensSigned(), user.displayName(),
				answerDue, entry.directorSession(), clock.instant());
		record = records.save(record);
		if (key != null) {
			keys.record(SCOPE, key, digest, record.id().toString(), clock.instant());
		}
		events.publishEvent(new ReceptionRecorded(new vn.motcua.shared.Actor(user.username()), clock.instant(),
				agency.code(), serial));
		return record;
	}

	/**
	 * A page of the reception log, the latest line first, from the line before serial {@code before}
	 * (the latest when null), {@code size} lines at most, and how many lines the log holds.
	 */
	public ReceptionLog log(CurrentUser user, @Nullable Integer before, int size) {
		String agency = receivingAgency(user).code();
		Limit oneMore = Limit.of(size + 1);
		List<ReceptionRecord> read = before == null ? records.findByAgencyCodeOrderBySerialDesc(agency, oneMore)
				: records.findByAgencyCodeAndSerialLessThanOrderBySerialDesc(agency, before, oneMore);
		long total = records.countByAgencyCode(agency);
		return read.size() <= size ? new ReceptionLog(read, null, total)
				: new ReceptionLog(read.subList(0, size), read.get(size - 1).serial(), total);
	}

	/**
	 * A page of the reception log and where the next starts.
	 *
	 * @param nextBefore the serial the next page's lines are below; null on the last page
	 * @param total the lines of the whole log
	 */
	public record ReceptionLog(List<ReceptionRecord> lines, @Nullable Integer nextBefore, long total) {
	}

	public ReceptionRecord record(UUID id, CurrentUser user) {
		Agency agency = receivingAgency(user);
		return records.findById(id).filter(record -> record.agencyCode().equals(agency.code()))
			.orElseThrow(() -> new NotFoundException("reception.unknown"));
	}

	/** The agency whose log the official keeps: the one they hold a receiving role in (decision 0047). */
	private Agency receivingAgency(CurrentUser user) {
		return organization.agencyOf(user, RECEIVING_ROLES)
			.orElseThrow(() -> new AccessDeniedException("Not a receiving official of any agency"));
	}

	private static @Nullable String blank(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
