package vn.motcua.dossier;

import static vn.motcua.dossier.ChildTable.enumValue;
import static vn.motcua.dossier.ChildTable.instant;
import static vn.motcua.dossier.ChildTable.localTime;
import static vn.motcua.dossier.ChildTable.name;
import static vn.motcua.dossier.ChildTable.utc;
import static vn.motcua.dossier.ChildTable.uuid;
import static vn.motcua.dossier.Column.bigint;
import static vn.motcua.dossier.Column.bool;
import static vn.motcua.dossier.Column.integer;
import static vn.motcua.dossier.Column.numeric;
import static vn.motcua.dossier.Column.timestamp;
import static vn.motcua.dossier.Column.timestamptz;
import static vn.motcua.dossier.Column.uuid;
import static vn.motcua.dossier.Column.varchar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.motcua.calendar.Timeliness;
import vn.motcua.catalog.ApplicantKind;
import vn.motcua.catalog.Channel;
import vn.motcua.identity.Role;
import vn.motcua.shared.SearchWords;
import vn.motcua.shared.VietnamTime;

/**
 * Stores the dossier aggregate: the dossier row and its five child tables. Written by hand because
 * a generic aggregate mapper (Spring Data JDBC) deletes and re-inserts every child row on each save
 * and renders each child query again on each load, which made a processing step cost some thirty
 * statements; here a step updates the dossier row and inserts the one or two rows it added
 * (decision 0013). Saves check the version, as optimistic locking did before; a load that finds
 * the version of a recent save takes that save's child rows from {@link SavedChildRows}.
 */
@Repository
class DossierRepository {

	/** The width of the applicant's name in search form (applicant_words), which the queues' searches read. */
	private static final int APPLICANT_WORDS_LENGTH = 310;

	private static final List<Column> COLUMNS = List.of(varchar("code"), varchar("agency_code"),
			varchar("procedure_code"), uuid("procedure_version_id"), varchar("procedure_name"), varchar("channel"),
			integer("sets"), varchar("status"), varchar("applicant_kind"), varchar("applicant_name"),
			varchar("applicant_words"), varchar("applicant_id_number"), varchar("applicant_address"),
			varchar("applicant_phone"),
			varchar("applicant_email"), uuid("account_id"), varchar("delivery"), varchar("delivery_address"),
			timestamptz("submitted_at"), timestamptz("received_at"), timestamp("appointment_at"), varchar("rule_set"),
			varchar("idempotency_key"), integer("step_index"), varchar("step_role"), uuid("step_unit_id"),
			timestamp("step_due_at"), uuid("step_holder_id"), varchar("timeliness"), timestamptz("apologized_at"),
			varchar("apology_reason"), timestamp("new_appointment_at"), varchar("draft_result_id"), varchar("result_sha256"),
			timestamptz("signed_at"), timestamptz("returned_at"), varchar("return_detail"), varchar("refusal_reason"),
			varchar("held_by_agency"));
	private static final String SELECT = "SELECT id, version, " + Column.names(COLUMNS) + " FROM dossier ";
	private static final String INSERT = "INSERT INTO dossier (" + Column.names(COLUMNS) + ", id, version) VALUES ("
			+ "?, ".repeat(COLUMNS.size()) + "?, ?)";
	private static final String UPDATE = "UPDATE dossier SET " + Column.assignments(COLUMNS)
			+ ", version = ? WHERE id = ? AND version = ?";

	private static final ChildTable<DossierDocument> DOCUMENTS = new ChildTable<>("dossier_document",
			List.of(integer("required_document_index"), varchar("name"), integer("originals"),
					integer("certified_copies"), integer("photocopies"), varchar("file_id"), varchar("file_sha256"),
					varchar("file_name"), varchar("content_type"), bigint("file_size")),
			document -> new Object[] { document.requiredDocumentIndex(), document.name(), document.originals(),
				document.certifiedCopies(), document.photocopies(), document.fileId(), document.fileSha256(),
				document.fileName(), document.contentType(), document.fileSize() },
			(row, number) -> new DossierDocument(row.getInt("required_document_index"), row.getString("name"),
					row.getInt("originals"), row.getInt("certified_copies"), row.getInt("photocopies"),
					row.getString("file_id"), row.getString("file_sha256"), row.getString("file_name"),
					row.getString("content_type"), row.getLong("file_size")));
	private static final ChildTable<StatusChange> HISTORY = new ChildTable<>("dossier_status_change",
			List.of(varchar("status"), timestamptz("changed_at"), varchar("actor"), varchar("note")),
			change -> new Object[] { name(change.status()), utc(change.changedAt()), change.actor(), change.note() },
			(row, number) -> new StatusChange(enumValue(row, "status", DossierStatus.class), instant(row, "changed_at"),
					row.getString("actor"), row.getString("note")));
	private static final ChildTable<DossierStep> STEPS = new ChildTable<>("dossier_step",
			List.of(varchar("name"), varchar("role"), uuid("unit_id"), numeric("share"), timestamp("due_at"),
					timestamptz("started_at"), timestamptz("finished_at"), uuid("holder_account_id")),
			step -> new Object[] { step.name(), name(step.role()), step.unitId(), step.share(), step.dueAt(),
				utc(step.startedAt()), utc(step.finishedAt()), step.holderAccountId() },
			(row, number) -> new DossierStep(row.getString("name"), enumValue(row, "role", Role.class),
					uuid(row, "unit_id"), row.getBigDecimal("share"), localTime(row, "due_at"), instant(row, "started_at"),
					instant(row, "finished_at"), uuid(row, "holder_account_id")));
	private static final ChildTable<Handover> HANDOVERS = new ChildTable<>("dossier_handover",
			List.of(timestamptz("handed_at"), integer("from_step"), integer("to_step"), varchar("given_by"),
					bool("forward"), varchar("comment")),
			handover -> new Object[] { utc(handover.handedAt()), handover.fromStep(), handover.toStep(),
				handover.givenBy(), handover.forward(), handover.comment() },
			(row, number) -> new Handover(instant(row, "handed_at"), row.getInt("from_step"),
					row.getObject("to_step", Integer.class), row.getString("given_by"), row.getBoolean("forward"),
					row.getString("comment")));
	private static final ChildTable<AgencyTransfer> TRANSFERS = new ChildTable<>("dossier_transfer",
			List.of(varchar("agency_code"), varchar("request"), timestamptz("sent_at"), varchar("sent_by"),
					timestamptz("returned_at"), varchar("returned_by"), varchar("opinion")),
			transfer -> new Object[] { transfer.agencyCode(), transfer.request(), utc(transfer.sentAt()),
				transfer.sentBy(), utc(transfer.returnedAt()), transfer.returnedBy(), transfer.opinion() },
			(row, number) -> new AgencyTransfer(row.getString("agency_code"), row.getString("request"),
					instant(row, "sent_at"), row.getString("sent_by"), instant(row, "returned_at"),
					row.getString("returned_by"), row.getString("opinion")));

	/** The child rows of a dossier as the database holds them. */
	record StoredRows(List<DossierDocument> documents, List<StatusChange> history, List<DossierStep> steps,
			List<Handover> handovers, List<AgencyTransfer> transfers) {

		static final StoredRows NONE = new StoredRows(List.of(), List.of(), List.of(), List.of(), List.of());

		static StoredRows of(Dossier dossier) {
			return new StoredRows(List.copyOf(dossier.documents()), List.copyOf(dossier.history()),
					List.copyOf(dossier.steps()), List.copyOf(dossier.handovers()), List.copyOf(dossier.transfers()));
		}
	}

	private final JdbcTemplate jdbc;
	private final SavedChildRows saved;

	DossierRepository(JdbcTemplate jdbc, SavedChildRows saved) {
		this.jdbc = jdbc;
		this.saved = saved;
	}

	Optional<Dossier> findById(UUID id) {
		return find("WHERE id = ?", id);
	}

	Optional<Dossier> findByCode(String code) {
		return find("WHERE code = ?", code);
	}

	Optional<Dossier> findByAccountIdAndIdempotencyKey(UUID accountId, String idempotencyKey) {
		return find("WHERE account_id = ? AND idempotency_key = ?", accountId, idempotencyKey);
	}

	/**
	 * Up to limit dossiers after the given id (from the first when null), in id order, each whole: six
	 * queries however many (the dossier rows, then each child table's rows over the same range of ids),
	 * where loading them one by one took six each.
	 */
	List<Dossier> findAfter(@Nullable UUID after, int limit) {
		List<StoredDossier> found = after == null ? rows("ORDER BY id LIMIT ?", limit)
				: rows("WHERE id > ? ORDER BY id LIMIT ?", after, limit);
		if (found.isEmpty()) {
			return List.of();
		}
		UUID first = found.get(0).id();
		UUID last = found.get(found.size() - 1).id();
		var documents = DOCUMENTS.loadRange(jdbc, first, last);
		var history = HISTORY.loadRange(jdbc, first, last);
		var steps = STEPS.loadRange(jdbc, first, last);
		var handovers = HANDOVERS.loadRange(jdbc, first, last);
		var transfers = TRANSFERS.loadRange(jdbc, first, last);
		return found.stream().map(stored -> restore(stored, new StoredRows(rowsOf(documents, stored),
				rowsOf(history, stored), rowsOf(steps, stored), rowsOf(handovers, stored), rowsOf(transfers, stored))))
			.toList();
	}

	private static <T> List<T> rowsOf(Map<UUID, List<T>> rowsByDossier, StoredDossier stored) {
		return rowsByDossier.getOrDefault(stored.id(), List.of());
	}

	/**
	 * The ids of the dossiers whose current step is assigned to that account and may be given back
	 * ({@link Dossier#STEP_ASSIGNABLE}), found by the index of the dossier row's holder column
	 * (dossier_step_holder_idx, V7.24).
	 */
	List<UUID> idsAtStepAssignedTo(UUID accountId) {
		List<Object> parameters = new ArrayList<>(List.of(accountId));
		Dossier.STEP_ASSIGNABLE.forEach(status -> parameters.add(status.name()));
		return jdbc.queryForList("SELECT id FROM dossier WHERE step_holder_id = ? AND status IN ("
				+ String.join(", ", Collections.nCopies(Dossier.STEP_ASSIGNABLE.size(), "?")) + ") ORDER BY id",
				UUID.class, parameters.toArray());
	}

	/**
	 * The dossiers still being handled (not in a final status) with a step not yet done at one of the
	 * units.
	 */
	List<UUID> idsWithOpenStepsAt(Collection<UUID> unitIds) {
		List<String> ended = Arrays.stream(DossierStatus.values()).filter(DossierStatus::isFinal).map(Enum::name)
			.toList();
		List<Object> parameters = new ArrayList<>(unitIds);
		parameters.addAll(ended);
		return jdbc.queryForList("SELECT DISTINCT d.id FROM dossier d JOIN dossier_step s ON s.dossier_id = d.id "
				+ "WHERE s.unit_id IN (" + String.join(", ", Collections.nCopies(unitIds.size(), "?"))
				+ ") AND s.finished_at IS NULL AND d.status NOT IN ("
				+ String.join(", ", Collections.nCopies(ended.size(), "?")) + ") ORDER BY d.id", UUID.class,
				parameters.toArray());
	}

	/** The public status of a dossier from its row alone: the look-up needs none of its child rows. */
	Optional<DossierStatusView> findStatusByCode(String code) {
		// refused at receipt or stopped, the reason is the note of that final change, read only for those two
		// statuses; refused during processing, its column's
		return jdbc.query("SELECT code, procedure_code, procedure_name, status, submitted_at, received_at, appointment_at,"
				+ " refusal_reason, (SELECT MAX(change.note) FROM dossier_status_change change"
				+ " WHERE change.dossier_id = dossier.id AND change.status = dossier.status"
				+ " AND dossier.status IN ('NOT_RECEIVED', 'STOPPED')) AS ending_note"
				+ " FROM dossier WHERE code = ?", statement -> statement.setString(1, code),
				(row, number) -> DossierStatusView.of(row.getString("code"), row.getString("procedure_code"),
						row.getString("procedure_name"), enumValue(row, "status", DossierStatus.class),
						local(instant(row, "submitted_at")), localOrNull(row, "received_at"),
						localTime(row, "appointment_at"), row.getString("refusal_reason"), row.getString("ending_note")))
			.stream().findFirst();
	}

	/** Whom a dossier's notices go to, from its row alone. */
	Optional<DossierContact> findContactById(UUID id) {
		return jdbc.query("SELECT code, channel, account_id, applicant_name, applicant_phone, applicant_email,"
				+ " procedure_name, appointment_at FROM dossier WHERE id = ?", statement -> statement.setObject(1, id),
				(row, number) -> new DossierContact(row.getString("code"), enumValue(row, "channel", Channel.class),
						uuid(row, "account_id"), row.getString("applicant_name"), row.getString("applicant_phone"),
						row.getString("applicant_email"), row.getString("procedure_name"),
						localTime(row, "appointment_at")))
			.stream().findFirst();
	}

	/**
	 * Inserts a new dossier (version null) or writes a stored one's changes; the version grows by one
	 * and a concurrent change since the dossier was loaded fails the save.
	 */
	Dossier save(Dossier dossier) {
		Long version = dossier.version();
		long next = version == null ? 0 : version + 1;
		if (version == null) {
			jdbc.update(INSERT, statement -> Column.bind(statement, COLUMNS, row(dossier, dossier.id(), next)));
		}
		else if (jdbc.update(UPDATE,
				statement -> Column.bind(statement, COLUMNS, row(dossier, next, dossier.id(), version))) == 0) {
			throw new OptimisticLockingFailureException(
					"Dossier " + dossier.code() + " was changed since it was read (version " + version + ")");
		}
		StoredRows before = dossier.stored();
		UUID id = dossier.id();
		DOCUMENTS.write(jdbc, id, before.documents(), dossier.documents());
		HISTORY.write(jdbc, id, before.history(), dossier.history());
		STEPS.write(jdbc, id, before.steps(), dossier.steps());
		HANDOVERS.write(jdbc, id, before.handovers(), dossier.handovers());
		TRANSFERS.write(jdbc, id, before.transfers(), dossier.transfers());
		StoredRows written = StoredRows.of(dossier);
		dossier.stored(next, written);
		saved.written(id, next, written);
		return dossier;
	}

	/**
	 * Reads the dossier row, then its child rows (not while the row's result set holds a connection
	 * open), unless the rows saved under the version read are still held.
	 */
	private Optional<Dossier> find(String where, Object... parameters) {
		return rows(where, parameters).stream().findFirst()
			.map(stored -> restore(stored, saved.of(stored.id(), stored.version()).orElseGet(() -> load(stored.id()))));
	}

	private List<StoredDossier> rows(String where, Object... parameters) {
		return jdbc.query(SELECT + where, statement -> ChildTable.bind(statement, parameters),
				(row, number) -> new StoredDossier(uuid(row, "id"), row.getLong("version"), restorer(row)));
	}

	private static Dossier restore(StoredDossier stored, StoredRows rows) {
		Dossier dossier = stored.restorer().apply(rows);
		dossier.stored(dossier.version(), rows);
		return dossier;
	}

	/** A dossier row read, waiting for its child rows. */
	private record StoredDossier(UUID id, long version, Function<StoredRows, Dossier> restorer) {
	}

	private StoredRows load(UUID id) {
		return new StoredRows(DOCUMENTS.load(jdbc, id), HISTORY.load(jdbc, id), STEPS.load(jdbc, id),
				HANDOVERS.load(jdbc, id), TRANSFERS.load(jdbc, id));
	}

	private static Function<StoredRows, Dossier> restorer(ResultSet row) throws SQLException {
		UUID id = uuid(row, "id");
		long version = row.getLong("version");
		String code = row.getString("code");
		String agencyCode = row.getString("agency_code");
		ProcedureReference procedure = new ProcedureReference(row.getString("procedure_code"),
				uuid(row, "procedure_version_id"), row.getString("procedure_name"));
		Channel channel = enumValue(row, "channel", Channel.class);
		int sets = row.getInt("sets");
		DossierStatus status = enumValue(row, "status", DossierStatus.class);
		Applicant applicant = new Applicant(enumValue(row, "applicant_kind", ApplicantKind.class),
				row.getString("applicant_name"), row.getString("applicant_id_number"), row.getString("applicant_address"),
				row.getString("applicant_phone"), row.getString("applicant_email"));
		UUID accountId = uuid(row, "account_id");
		ResultDelivery delivery = enumValue(row, "delivery", ResultDelivery.class);
		String deliveryAddress = row.getString("delivery_address");
		Instant submittedAt = instant(row, "submitted_at");
		Instant receivedAt = instant(row, "received_at");
		LocalDateTime appointmentAt = localTime(row, "appointment_at");
		String ruleSet = row.getString("rule_set");
		String idempotencyKey = row.getString("idempotency_key");
		Integer stepIndex = row.getObject("step_index", Integer.class);
		Dossier.Outcome outcome = new Dossier.Outcome(enumValue(row, "timeliness", Timeliness.class),
				instant(row, "apologized_at"), row.getString("apology_reason"), localTime(row, "new_appointment_at"),
				row.getString("draft_result_id"), row.getString("result_sha256"), instant(row, "signed_at"),
				instant(row, "returned_at"), row.getString("return_detail"), row.getString("refusal_reason"),
				row.getString("held_by_agency"));
		return rows -> new Dossier(id, version, code, agencyCode, procedure, channel, sets, status, applicant, accountId,
				delivery, deliveryAddress, submittedAt, receivedAt, appointmentAt, ruleSet, idempotencyKey,
				rows.documents(), rows.history(), rows.steps(), rows.handovers(), stepIndex, outcome, rows.transfers());
	}

	/** The dossier row's values in {@link #COLUMNS} order, then the trailing parameters. */
	private static Object[] row(Dossier dossier, Object... trailing) {
		Dossier.Outcome outcome = dossier.outcome();
		Object[] values = { dossier.code(), dossier.agencyCode(), dossier.procedure().code(),
			dossier.procedure().versionId(), dossier.procedure().name(), name(dossier.channel()), dossier.sets(),
			name(dossier.status()), name(dossier.applicant().kind()), dossier.applicant().name(),
			SearchWords.column(APPLICANT_WORDS_LENGTH, dossier.applicant().name()), dossier.applicant().idNumber(),
			dossier.applicant().address(), dossier.applicant().phone(),
			dossier.applicant().email(), dossier.accountId(), name(dossier.delivery()), dossier.deliveryAddress(),
			utc(dossier.submittedAt()), utc(dossier.receivedAt()), dossier.appointmentAt(), dossier.ruleSet(),
			dossier.idempotencyKey(), dossier.stepIndex(), name(dossier.stepRole()), dossier.stepUnitId(),
			dossier.stepDueAt(), dossier.stepHolderId(), name(outcome.timeliness()), utc(outcome.apologizedAt()),
			outcome.apologyReason(), outcome.newAppointmentAt(), outcome.draftResultId(), outcome.resultSha256(), utc(outcome.signedAt()),
			utc(outcome.returnedAt()), outcome.returnDetail(), outcome.refusalReason(), outcome.heldByAgency() };
		Object[] all = new Object[values.length + trailing.length];
		System.arraycopy(values, 0, all, 0, values.length);
		System.arraycopy(trailing, 0, all, values.length, trailing.length);
		return all;
	}

	private static LocalDateTime local(Instant instant) {
		return LocalDateTime.ofInstant(instant, VietnamTime.ZONE);
	}

	private static @Nullable LocalDateTime localOrNull(ResultSet row, String column) throws SQLException {
		Instant value = instant(row, column);
		return value == null ? null : local(value);
	}
}
