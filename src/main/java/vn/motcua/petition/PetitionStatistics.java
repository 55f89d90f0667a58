package vn.motcua.petition;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.Timeliness;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.shared.VietnamTime;

/**
 * Counts petitions for the reports. Criterion 5.2 and 5.3 follow the national portal's description
 * (legal-rules §5, source F766 [S], the decision's appendix was not read): 5.2 = PAKN handled on
 * time (finished on time or open within the deadline) / PAKN received; 5.3 = (PAKN received −
 * dissatisfied − repeated − overdue) / PAKN received.
 */
@Component
class PetitionStatistics {

	private final JdbcClient jdbc;
	private final WorkingCalendar calendar;
	private final Clock clock;

	/**
	 * What the figures read of a petition: for a whole period in one query, where loading the
	 * petitions would also read each one's history by a query of its own.
	 */
	private record Counted(PetitionKind kind, PetitionChannel channel, @Nullable String sectorCode,
			PetitionStatus status, LocalDateTime acceptanceDueAt, LocalDateTime forwardingDueAt,
			@Nullable LocalDateTime resolutionDueAt, @Nullable Timeliness acceptanceTimeliness,
			@Nullable Timeliness resolutionTimeliness, boolean repeated, boolean dissatisfied,
			@Nullable String dossierCode) {

		static Counted of(ResultSet row) throws SQLException {
			return new Counted(PetitionKind.valueOf(row.getString("kind")),
					PetitionChannel.valueOf(row.getString("channel")), row.getString("sector_code"),
					PetitionStatus.valueOf(row.getString("status")),
					row.getObject("acceptance_due_at", LocalDateTime.class),
					row.getObject("forwarding_due_at", LocalDateTime.class),
					row.getObject("resolution_due_at", LocalDateTime.class),
					timeliness(row.getString("acceptance_timeliness")),
					timeliness(row.getString("resolution_timeliness")), row.getBoolean("repeated"),
					row.getBoolean("dissatisfied"), row.getString("dossier_code"));
		}

		private static @Nullable Timeliness timeliness(@Nullable String name) {
			return name == null ? null : Timeliness.valueOf(name);
		}
	}

	PetitionStatistics(JdbcClient jdbc, WorkingCalendar calendar, Clock clock) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.clock = clock;
	}

	PetitionFigures figures(String agencyCode, LocalDate from, LocalDate to) {
		List<Counted> received = jdbc.sql("""
				SELECT kind, channel, sector_code, status, acceptance_due_at, forwarding_due_at, resolution_due_at,
				  acceptance_timeliness, resolution_timeliness, repeated, dissatisfied, dossier_code
				FROM petition WHERE agency_code = ? AND received_at >= ? AND received_at < ?""")
			.params(agencyCode, from.atStartOfDay(VietnamTime.ZONE).toOffsetDateTime(),
					to.plusDays(1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime())
			.query((row, number) -> Counted.of(row)).list();
		LocalDateTime now = PetitionManagement.local(clock.instant());
		LocalDateTime cutOff = to.plusDays(1).atStartOfDay().isBefore(now) ? to.plusDays(1).atStartOfDay() : now;
		Map<PetitionKind, Long> byKind = new EnumMap<>(PetitionKind.class);
		Map<PetitionChannel, Long> byChannel = new EnumMap<>(PetitionChannel.class);
		Map<String, Long> bySector = new TreeMap<>();
		Map<PetitionStatus, Long> byStatus = new EnumMap<>(PetitionStatus.class);
		Map<String, Long> byTimeliness = new TreeMap<>();
		long pakn = 0;
		long paknOnTime = 0;
		long paknCounted = 0;
		Set<String> paknDossierCodes = new HashSet<>();
		for (Counted petition : received) {
			byKind.merge(petition.kind(), 1L, Long::sum);
			byChannel.merge(petition.channel(), 1L, Long::sum);
			bySector.merge(petition.sectorCode() == null ? "" : petition.sectorCode(), 1L, Long::sum);
			byStatus.merge(petition.status(), 1L, Long::sum);
			String timeliness = timeliness(petition, cutOff);
			byTimeliness.merge(timeliness, 1L, Long::sum);
			if (petition.kind() == PetitionKind.FEEDBACK || petition.kind() == PetitionKind.PROPOSAL) {
				pakn++;
				boolean late = "LATE".equals(timeliness) || "OVERDUE".equals(timeliness);
				if (!late) {
					paknOnTime++;
				}
				if (!late && !petition.dissatisfied() && !petition.repeated()) {
					paknCounted++;
				}
				if (petition.dossierCode() != null) {
					paknDossierCodes.add(petition.dossierCode().strip().toUpperCase(Locale.ROOT));
				}
			}
		}
		return new PetitionFigures(agencyCode, from, to, received.size(), byKind, byChannel, bySector, byStatus,
				byTimeliness, new PetitionFigures.Ratio(paknOnTime, pakn), new PetitionFigures.Ratio(paknCounted, pakn),
				paknDossierCodes);
	}

	/** How the petition kept (or keeps) the deadline of the step it finished or waits for. */
	private String timeliness(Counted petition, LocalDateTime cutOff) {
		Timeliness finished = petition.resolutionTimeliness() != null ? petition.resolutionTimeliness()
				: petition.status() == PetitionStatus.ACCEPTED ? null : petition.acceptanceTimeliness();
		if (finished != null) {
			return finished.name();
		}
		LocalDateTime due = Petition.nextDueAt(petition.status(), petition.acceptanceDueAt(),
				petition.forwardingDueAt(), petition.resolutionDueAt());
		if (due == null) {
			due = petition.acceptanceDueAt();
		}
		return calendar.openTimeliness(cutOff, due).name();
	}
}
