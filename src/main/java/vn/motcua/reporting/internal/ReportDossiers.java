package vn.motcua.reporting.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.calendar.Timeliness;
import vn.motcua.catalog.CatalogManagement;
import vn.motcua.catalog.Sector;
import vn.motcua.dossier.DossierFacts;
import vn.motcua.dossier.DossierManagement;
import vn.motcua.shared.SqlType;
import vn.motcua.shared.VietnamTime;

/**
 * The read model: one row of facts per dossier in {@code report_dossier}, kept from the facts each
 * save of a dossier publishes. Events may arrive late, twice or out of order; the dossier's version
 * keeps an older snapshot from overwriting a newer one.
 */
@Component
public class ReportDossiers {

	/** The {@code active_until} of an open dossier: after every period's start. */
	private static final LocalDateTime OPEN = LocalDateTime.of(9999, 12, 31, 0, 0);

	private static final String UPDATE = """
			UPDATE report_dossier SET dossier_version = :version, code = :code, agency_code = :agency,
			  sector_code = :sectorCode, sector_name = :sectorName, sector_position = :sectorPosition,
			  procedure_code = :procedureCode, procedure_name = :procedureName, channel = :channel,
			  status = :status, submitted_at = :submitted, received_at = :received, due_at = :due,
			  ended_at = :ended, active_until = :activeUntil, ending = :ending, final_class = :finalClass,
			  paused_since = :paused, supplement_requests = :supplements, elapsed_minutes = :minutes,
			  step_role = :stepRole, step_unit_id = :stepUnit, step_holder_id = :stepHolder, step_due_at = :stepDue,
			  electronic_result = :electronicResult, digitized_components = :digitized, updated_at = :updated
			WHERE dossier_id = :id AND dossier_version <= :version
			""";

	private static final String INSERT_IF_ABSENT = """
			INSERT INTO report_dossier (dossier_id, dossier_version, code, agency_code, sector_code, sector_name,
			  sector_position, procedure_code, procedure_name, channel, status, submitted_at, received_at, due_at,
			  ended_at, active_until, ending, final_class, paused_since, supplement_requests, elapsed_minutes,
			  step_role, step_unit_id, step_holder_id, step_due_at, electronic_result, digitized_components,
			  updated_at)
			VALUES (:id, :version, :code, :agency, :sectorCode, :sectorName, :sectorPosition, :procedureCode,
			  :procedureName, :channel, :status, :submitted, :received, :due, :ended, :activeUntil, :ending,
			  :finalClass, :paused, :supplements, :minutes, :stepRole, :stepUnit, :stepHolder, :stepDue,
			  :electronicResult, :digitized, :updated)
			ON CONFLICT DO NOTHING
			""";

	private final NamedParameterJdbcTemplate batches;
	private final DossierManagement dossiers;
	private final CatalogManagement catalog;
	private final Clock clock;
	private final Map<UUID, Sector> sectorOfVersion = new ConcurrentHashMap<>();

	ReportDossiers(NamedParameterJdbcTemplate batches, DossierManagement dossiers, CatalogManagement catalog,
			Clock clock) {
		this.batches = batches;
		this.dossiers = dossiers;
		this.catalog = catalog;
		this.clock = clock;
	}

	/** Brings the dossier's row up to date from the dossier as it stands now. */
	@Transactional
	public void refresh(UUID dossierId) {
		dossiers.facts(dossierId).ifPresent(this::store);
	}

	/** Writes the facts as given, over an older snapshot of the same dossier. */
	@Transactional
	public void store(DossierFacts facts) {
		storeAll(List.of(facts));
	}

	/**
	 * Writes each dossier's facts as given, over older snapshots, in three batched statements at most
	 * (the rebuild writes hundreds at a time; one statement each was most of its time).
	 */
	@Transactional
	public void storeAll(List<DossierFacts> batch) {
		List<Map<String, @Nullable Object>> rows = batch.stream().map(this::values).toList();
		// A first refresh of a dossier may race another (its submission and its receipt, handled at
		// once): the insert then does nothing and the update applies, unless the other was newer.
		// Catching the duplicate key instead would not do: on PostgreSQL the failed insert aborts the
		// transaction, and the event would stay unhandled.
		List<Map<String, @Nullable Object>> absent = unchanged(rows, UPDATE);
		update(unchanged(absent, INSERT_IF_ABSENT), UPDATE);
	}

	/** The row's parameters; the nullable ones typed, so that the statements stay prepared ({@link SqlType}). */
	private Map<String, @Nullable Object> values(DossierFacts facts) {
		Sector sector = sectorOfVersion.computeIfAbsent(facts.procedureVersionId(), this::sector);
		LocalDateTime received = local(facts.receivedAt());
		LocalDateTime ended = local(facts.endedAt());
		var values = new HashMap<String, @Nullable Object>();
		values.put("id", facts.id());
		values.put("version", facts.version());
		values.put("code", facts.code());
		values.put("agency", facts.agencyCode());
		values.put("sectorCode", sector.code());
		values.put("sectorName", sector.name());
		values.put("sectorPosition", sector.position());
		values.put("procedureCode", facts.procedureCode());
		values.put("procedureName", facts.procedureName());
		values.put("channel", facts.channel().name());
		values.put("status", facts.status().name());
		values.put("submitted", local(facts.submittedAt()));
		values.put("received", SqlType.TIMESTAMP.orTypedNull(received));
		values.put("due", SqlType.TIMESTAMP.orTypedNull(facts.dueAt()));
		values.put("ended", SqlType.TIMESTAMP.orTypedNull(ended));
		values.put("activeUntil", ended == null ? OPEN : ended);
		values.put("ending", SqlType.VARCHAR.orTypedNull(ended == null ? null : ending(facts)));
		values.put("finalClass",
				SqlType.VARCHAR.orTypedNull(ended == null ? null : finalClass(facts, ended).name()));
		values.put("paused", SqlType.TIMESTAMP.orTypedNull(local(facts.pausedSince())));
		values.put("supplements", (int) facts.supplementRequests());
		values.put("minutes", SqlType.BIGINT
			.orTypedNull(received == null || ended == null ? null : Duration.between(received, ended).toMinutes()));
		values.put("stepRole", SqlType.VARCHAR.orTypedNull(facts.stepRole() == null ? null : facts.stepRole().name()));
		values.put("stepUnit", SqlType.UUID.orTypedNull(facts.stepUnitId()));
		values.put("stepHolder", SqlType.UUID.orTypedNull(facts.stepHolderAccountId()));
		values.put("stepDue", SqlType.TIMESTAMP.orTypedNull(facts.stepDueAt()));
		values.put("electronicResult", facts.electronicResult());
		values.put("digitized", facts.digitizedComponents());
		values.put("updated", LocalDateTime.ofInstant(clock.instant(), VietnamTime.ZONE));
		return values;
	}

	/** Runs the statement for each row, batched; the rows it changed nothing for. */
	private List<Map<String, @Nullable Object>> unchanged(List<Map<String, @Nullable Object>> rows, String sql) {
		int[] counts = update(rows, sql);
		List<Map<String, @Nullable Object>> unchanged = new ArrayList<>();
		for (int index = 0; index < counts.length; index++) {
			if (counts[index] == 0) {
				unchanged.add(rows.get(index));
			}
		}
		return unchanged;
	}

	/** One row, the common case of a dossier's save, as a plain statement; more as one batch. */
	@SuppressWarnings("unchecked")
	private int[] update(List<Map<String, @Nullable Object>> rows, String sql) {
		return switch (rows.size()) {
			case 0 -> new int[0];
			case 1 -> new int[] { batches.update(sql, rows.get(0)) };
			default -> batches.batchUpdate(sql, rows.toArray(Map[]::new));
		};
	}

	/**
	 * The sector of the dossier's procedure version; a version the catalogue does not hold still counts,
	 * under an unnamed sector. Looked up without an exception: one thrown inside the catalogue's
	 * transaction would mark this refresh's transaction for rollback.
	 */
	private Sector sector(UUID versionId) {
		return catalog.findVersion(versionId)
			.map(version -> version.content().sectorCode())
			.map(code -> catalog.sector(code).orElse(new Sector(code, code, Integer.MAX_VALUE)))
			.orElse(new Sector("-", "-", Integer.MAX_VALUE));
	}

	private static String ending(DossierFacts facts) {
		return switch (facts.status()) {
			case WITHDRAWN -> "WITHDRAWN";
			case STOPPED -> "STOPPED";
			default -> facts.refused() ? "REFUSED" : "PROCESSED";
		};
	}

	/** The dossier's own timeliness; computed the same way (§2.4) should it not have been stored. */
	private static Timeliness finalClass(DossierFacts facts, LocalDateTime ended) {
		if (facts.timeliness() != null) {
			return facts.timeliness();
		}
		if (facts.supplementRequests() > 1) {
			return Timeliness.LATE;
		}
		LocalDateTime due = facts.dueAt();
		if (due == null) {
			return Timeliness.ON_TIME;
		}
		return ended.isAfter(due) ? Timeliness.LATE
				: ended.toLocalDate().isBefore(due.toLocalDate()) ? Timeliness.EARLY : Timeliness.ON_TIME;
	}

	private static @Nullable LocalDateTime local(@Nullable Instant instant) {
		return instant == null ? null : LocalDateTime.ofInstant(instant, VietnamTime.ZONE);
	}

}
