package vn.motcua.dossier;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.AccountSummary;
import vn.motcua.identity.CurrentUser;
import vn.motcua.identity.Role;
import vn.motcua.identity.RoleGrant;
import vn.motcua.organization.Agency;
import vn.motcua.organization.Officer;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.ListPage;
import vn.motcua.shared.QueueCursor;
import vn.motcua.shared.VietnamTime;

/**
 * Work queues, soonest due first, each dossier marked on track, due soon (within the configured
 * working hours of its step's due time) or overdue: an officer's own (what they may act on now) and
 * a unit head's view of their unit (what the unit's officers hold), to see where work piles up. A
 * queue is read a page at a time, each page starting after the last one's final dossier; its counts
 * cover the whole queue.
 */
@Service
@Transactional(readOnly = true)
public class WorkQueues {

	/** The dossiers on a page unless the caller asks for another number. */
	public static final int DEFAULT_PAGE_SIZE = ListPage.DEFAULT_SIZE;

	/** The most dossiers on a page: an officer narrows a longer queue by search or urgency. */
	public static final int MAX_PAGE_SIZE = ListPage.MAX_SIZE;

	/**
	 * A queue's dossiers, chosen by the columns the dossier row keeps of its current step (role, unit,
	 * holder, due time), so that a page is sorted and cut from this table alone and only its dossiers
	 * are joined to their steps.
	 */
	private static final String FROM = """
			FROM dossier d
			WHERE d.status IN ('RECEIVED', 'IN_PROGRESS', 'PAYMENT_REQUESTED', 'PROCESSED')
			  AND (%s)""";

	/** Which of the dossier table's rows a queue holds, and the values its condition names. */
	private record Scope(String from, MapSqlParameterSource parameters) {
	}

	private final JdbcClient jdbc;
	private final AccountManagement accounts;
	private final OrganizationManagement organization;
	private final WorkingCalendar calendar;
	private final Clock clock;
	private final Duration dueSoon;

	WorkQueues(JdbcClient jdbc, AccountManagement accounts, OrganizationManagement organization,
			WorkingCalendar calendar, Clock clock,
			@Value("${motcua.dossier.due-soon-working-hours:8}") int dueSoonWorkingHours) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.organization = organization;
		this.calendar = calendar;
		this.clock = clock;
		this.dueSoon = Duration.ofHours(dueSoonWorkingHours);
	}

	/**
	 * A page of a queue as narrowed by the filter, starting after {@code after} (from the start when
	 * null).
	 *
	 * @throws InvalidRequestException when {@code size} is not between 1 and {@link #MAX_PAGE_SIZE}
	 * @throws AccessDeniedException when a unit's queue is asked for by someone who heads no unit
	 */
	public QueueSlice page(QueueScope scope, QueueFilter filter, @Nullable QueueCursor after, int size) {
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw new InvalidRequestException("dossier.work.queue.bad-size", MAX_PAGE_SIZE);
		}
		Optional<Scope> held = scope(scope);
		if (held.isEmpty()) {
			return new QueueSlice(List.of(), null);
		}
		LocalDateTime now = now();
		MapSqlParameterSource parameters = held.get().parameters().addValue("now", now);
		StringBuilder sql = new StringBuilder("""
				SELECT d.id, d.code, d.procedure_name, d.applicant_name, d.status, d.agency_code, d.step_index,
				       d.step_due_at
				""").append(held.get().from());
		String search = filter.condition("d.", parameters);
		if (search != null) {
			sql.append(" AND ").append(search);
		}
		if (filter.urgency() != null) {
			sql.append(" AND ").append(switch (filter.urgency()) {
				case OVERDUE -> "d.step_due_at < :now";
				case DUE_SOON -> "d.step_due_at >= :now AND d.step_due_at <= " + dueSoonUntil(held.get(), now);
				case ON_TRACK -> "d.step_due_at > " + dueSoonUntil(held.get(), now);
			});
		}
		if (after != null) {
			sql.append(" AND ").append(after.afterLocal("d.step_due_at", "d.code", false, parameters));
		}
		sql.append(" ORDER BY d.step_due_at, d.code FETCH FIRST :rows ROWS ONLY");
		parameters.addValue("rows", size + 1);
		List<QueueItem> items = items("""
				SELECT q.code, q.procedure_name, q.applicant_name, q.status, q.agency_code, s.name AS step_name,
				       q.step_due_at
				FROM (%s) q JOIN dossier_step s ON s.dossier_id = q.id AND s.position = q.step_index
				ORDER BY q.step_due_at, q.code""".formatted(sql), parameters, now);
		if (items.size() <= size) {
			return new QueueSlice(items, null);
		}
		QueueItem last = items.get(size - 1);
		return new QueueSlice(items.subList(0, size), new QueueCursor(last.dueAt(), last.code()));
	}

	/** The whole queue's counts, whatever a page shows. */
	public QueueCounts counts(QueueScope scope) {
		Optional<Scope> held = scope(scope);
		if (held.isEmpty()) {
			return new QueueCounts(0, 0, 0);
		}
		LocalDateTime now = now();
		String dueSoonUntil = dueSoonUntil(held.get(), now);
		return jdbc.sql("""
				SELECT COUNT(*) AS total, COUNT(CASE WHEN d.step_due_at < :now THEN 1 END) AS overdue,
				       COUNT(CASE WHEN d.step_due_at >= :now AND d.step_due_at <= %s THEN 1 END) AS due_soon
				""".formatted(dueSoonUntil) + held.get().from())
			.paramSource(held.get().parameters().addValue("now", now))
			.query((rs, row) -> new QueueCounts(rs.getLong("total"), rs.getLong("overdue"), rs.getLong("due_soon")))
			.single();
	}

	/** The SQL for the end of the due-soon window of a queue's dossiers, for the agencies the queue holds. */
	private String dueSoonUntil(Scope scope, LocalDateTime now) {
		List<String> agencyCodes = jdbc.sql("SELECT DISTINCT d.agency_code " + scope.from())
			.paramSource(scope.parameters())
			.query(String.class)
			.list();
		return lastWithin(agencyCodes, this::agencyId, now, dueSoon, "dueSoon", scope.parameters());
	}

	/**
	 * The SQL for the latest due time within {@code workingTime} of working time from now, by the
	 * dossier's agency: each agency's working calendar gives its own end, so an agency whose end
	 * differs from the default calendar's gets a branch of a CASE on the dossier's agency. Adds the
	 * values it names, under {@code name}, to {@code parameters}.
	 *
	 * @param agencyId the agency of a code, whose calendar applies (null: the default calendar)
	 */
	private String lastWithin(Collection<String> agencyCodes, Function<String, @Nullable UUID> agencyId,
			LocalDateTime now, Duration workingTime, String name, MapSqlParameterSource parameters) {
		LocalDateTime otherwise = calendar.lastWithin(now, workingTime, null);
		parameters.addValue(name + "Until", otherwise);
		StringBuilder choice = new StringBuilder();
		int index = 0;
		for (String code : agencyCodes) {
			LocalDateTime until = calendar.lastWithin(now, workingTime, agencyId.apply(code));
			if (!until.equals(otherwise)) {
				choice.append(" WHEN :").append(name).append("Agency").append(index)
					.append(" THEN :").append(name).append("Until").append(index);
				parameters.addValue(name + "Agency" + index, code).addValue(name + "Until" + index, until);
				index++;
			}
		}
		return choice.isEmpty() ? ":" + name + "Until"
				: "CASE d.agency_code" + choice + " ELSE :" + name + "Until END";
	}

	/** The rows of the signed-in officer's queue in that scope; empty when the officer has none. */
	private Optional<Scope> scope(QueueScope scope) {
		return scope == QueueScope.UNIT ? Optional.of(unit()) : mine();
	}

	/**
	 * The signed-in officer's queue: dossiers at steps of their roles (in their unit where the step
	 * names one, and only theirs where the step was assigned to them), and dossiers a lead agency
	 * handed to their agency for an opinion (for its specialists and unit heads); none for an account
	 * without an agency's role.
	 */
	private Optional<Scope> mine() {
		CurrentUser officer = accounts.currentUser().orElseThrow();
		UUID unitId = organization.officerOfAccount(officer.accountId()).map(Officer::unitId).orElse(null);
		List<String> conditions = new ArrayList<>();
		MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("unit", unitId)
			.addValue("account", officer.accountId());
		List<String> coAgencies = new ArrayList<>(List.of(""));
		int index = 0;
		for (RoleGrant grant : officer.roles()) {
			if (grant.agencyId() == null) {
				continue;
			}
			String agencyCode = organization.agency(grant.agencyId()).code();
			conditions.add("(d.agency_code = :agency" + index + " AND d.step_role = :role" + index + ")");
			parameters.addValue("agency" + index, agencyCode).addValue("role" + index, grant.role().name());
			if (grant.role() == Role.SPECIALIST || grant.role() == Role.UNIT_HEAD) {
				coAgencies.add(agencyCode);
			}
			index++;
		}
		if (conditions.isEmpty()) {
			return Optional.empty();
		}
		parameters.addValue("coAgencies", coAgencies);
		return Optional.of(new Scope(FROM.formatted("""
				(d.held_by_agency IS NULL AND (%s) AND (d.step_unit_id IS NULL OR d.step_unit_id = :unit)
				 AND (d.step_holder_id IS NULL OR d.step_holder_id = :account))
				OR d.held_by_agency IN (:coAgencies)""".formatted(String.join(" OR ", conditions))), parameters));
	}

	/**
	 * The unit head's view of their unit: dossiers at a step that names the unit or that was
	 * assigned to one of its officers (each of the two found by its own index).
	 *
	 * @throws AccessDeniedException when the signed-in officer is not a unit head of a unit
	 */
	private Scope unit() {
		CurrentUser user = accounts.currentUser().orElseThrow();
		Officer head = organization.officerOfAccount(user.accountId())
			.filter(officer -> user.hasRole(Role.UNIT_HEAD, officer.agencyId()))
			.orElseThrow(() -> new AccessDeniedException("Only a unit head sees the unit's queue"));
		List<UUID> members = new ArrayList<>(List.of(head.accountId()));
		organization.officersOfUnit(head.agencyId(), head.unitId()).forEach(officer -> members.add(officer.accountId()));
		Agency agency = organization.agency(head.agencyId());
		MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("agency", agency.code())
			.addValue("unit", head.unitId()).addValue("members", members);
		return new Scope(FROM.formatted("""
				d.held_by_agency IS NULL AND d.agency_code = :agency
				AND (d.step_unit_id = :unit OR d.step_holder_id IN (:members))"""),
				parameters);
	}

	/**
	 * The steps due within {@code before} of working time from now and not yet overdue, for warning
	 * their holders; a step already overdue shows in the queues instead. The window is a comparison
	 * of due times in SQL, so a round reads the steps it warns about and no others, however many
	 * dossiers are open (the condition on the step's role, true of every dossier at a step, lets
	 * PostgreSQL reach them by the partial index of dossiers at a step); the officers who hold a step
	 * of a role are looked up once a round.
	 */
	public List<StepDue> dueWithin(Duration before) {
		LocalDateTime now = now();
		MapSqlParameterSource parameters = new MapSqlParameterSource("now", now);
		Map<String, Agency> agencies = new HashMap<>();
		organization.agencies().forEach(agency -> agencies.put(agency.code(), agency));
		String until = lastWithin(agencies.keySet(), code -> agencies.get(code).id(), now, before, "due", parameters);
		Map<HoldersOf, List<UUID>> holders = new HashMap<>();
		List<StepDue> due = new ArrayList<>();
		jdbc.sql("""
				SELECT d.code, d.procedure_name, d.agency_code, s.name AS step_name, s.position, s.role, s.unit_id,
				       s.holder_account_id, d.step_due_at
				FROM dossier d JOIN dossier_step s ON s.dossier_id = d.id AND s.position = d.step_index
				WHERE d.status IN ('RECEIVED', 'IN_PROGRESS', 'PROCESSED') AND d.held_by_agency IS NULL
				  AND d.step_role IS NOT NULL AND d.step_due_at > :now AND d.step_due_at <= %s
				ORDER BY d.step_due_at, d.code""".formatted(until))
			.paramSource(parameters)
			.query((rs, row) -> {
				Agency agency = agencies.get(rs.getString("agency_code"));
				if (agency == null) {
					return Optional.<StepDue>empty();
				}
				UUID holder = rs.getObject("holder_account_id", UUID.class);
				HoldersOf role = new HoldersOf(agency, Role.valueOf(rs.getString("role")),
						rs.getObject("unit_id", UUID.class));
				return Optional.of(new StepDue(rs.getString("code"), rs.getString("procedure_name"),
						rs.getString("step_name"), rs.getInt("position"),
						rs.getTimestamp("step_due_at").toLocalDateTime(),
						holder != null ? List.of(holder) : holders.computeIfAbsent(role, this::holdersOf)));
			})
			.list()
			.forEach(step -> step.ifPresent(due::add));
		return due;
	}

	/** Who may act on a step nobody was assigned: the officers of a role in an agency, in a unit if it names one. */
	private record HoldersOf(Agency agency, Role role, @Nullable UUID unitId) {
	}

	private List<UUID> holdersOf(HoldersOf step) {
		List<UUID> candidates = organization.officers(step.agency().id())
			.stream()
			.filter(officer -> step.unitId() == null || step.unitId().equals(officer.unitId()))
			.map(Officer::accountId)
			.toList();
		RoleGrant grant = new RoleGrant(step.role(), step.agency().id());
		Map<UUID, AccountSummary> summaries = accounts.summaries(candidates);
		return candidates.stream()
			.filter(candidate -> summaries.containsKey(candidate) && summaries.get(candidate).holds(grant))
			.toList();
	}

	private List<QueueItem> items(String sql, MapSqlParameterSource parameters, LocalDateTime now) {
		Map<String, Optional<UUID>> agencies = new HashMap<>();
		return jdbc.sql(sql).paramSource(parameters).query((rs, row) -> {
			LocalDateTime due = rs.getTimestamp("step_due_at").toLocalDateTime();
			UUID agencyId = agencies.computeIfAbsent(rs.getString("agency_code"),
					code -> Optional.ofNullable(agencyId(code))).orElse(null);
			return new QueueItem(rs.getString("code"), rs.getString("procedure_name"), rs.getString("applicant_name"),
					DossierStatus.valueOf(rs.getString("status")), rs.getString("step_name"), due,
					urgency(now, due, agencyId));
		}).list();
	}

	private @Nullable UUID agencyId(String agencyCode) {
		return organization.agencyByCode(agencyCode).map(Agency::id).orElse(null);
	}

	private LocalDateTime now() {
		return LocalDateTime.ofInstant(clock.instant(), VietnamTime.ZONE);
	}

	/** The same rule as the queries' conditions, for each dossier shown. */
	private QueueItem.Urgency urgency(LocalDateTime now, LocalDateTime due, @Nullable UUID agencyId) {
		if (now.isAfter(due)) {
			return QueueItem.Urgency.OVERDUE;
		}
		return calendar.workingTimeBetween(now, due, agencyId).compareTo(dueSoon) <= 0 ? QueueItem.Urgency.DUE_SOON
				: QueueItem.Urgency.ON_TRACK;
	}
}
