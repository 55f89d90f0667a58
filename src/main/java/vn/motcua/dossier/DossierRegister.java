package vn.motcua.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditTrail;
import vn.motcua.catalog.Channel;
import vn.motcua.shared.Actor;
import vn.motcua.shared.VietnamTime;

/**
 * The dossier register (Mẫu 06) as a read model over the dossier tables: one query with the
 * filter's conditions, ordered by registration time, in pages for the screen or row by row for an export.
 */
@Component
@Transactional(readOnly = true)
public class DossierRegister {

	/** Rows fetched at a time by an export, where the driver can (PostgreSQL: within a transaction). */
	static final int EXPORT_FETCH_SIZE = 500;

	private static final String SELECT = """
			SELECT d.code, d.procedure_name, d.sets, d.applicant_name, d.applicant_address, d.applicant_phone,
			       d.agency_code, d.channel, d.status, d.submitted_at, d.received_at, d.appointment_at,
			       (SELECT MAX(c.changed_at) FROM dossier_status_change c
			         WHERE c.dossier_id = d.id AND c.status = 'RETURNED') AS returned_at
			FROM dossier d
			WHERE %s
			ORDER BY d.submitted_at, d.code""";

	/** The audit trail's action for reading an export, whose record is the period, as from/to (ISO 8601). */
	private static final String EXPORT_READ = "dossier.register.export.read";

	private final JdbcClient jdbc;
	private final AuditTrail audit;

	DossierRegister(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** A page of the register, for the screen. */
	public List<RegisterRow> rows(RegisterFilter filter, int offset, int limit) {
		if (filter.agencyCodes().isEmpty()) {
			return List.of();
		}
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		String where = where(filter, parameters);
		parameters.addValue("offset", offset).addValue("limit", limit);
		return jdbc.sql(SELECT.formatted(where) + " OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
			.paramSource(parameters)
			.query(DossierRegister::row)
			.list();
	}

	/**
	 * Every row of the register, handed to {@code each} as it is read, for an export: a year of a busy
	 * department's dossiers is never held in memory at once. The export holds the applicants' names,
	 * addresses and phones, so it is a sensitive read: recorded first, with the filter and how many
	 * (never an applicant's data, so never the search's text), so that it stays recorded however the
	 * download ends; repeatable read, so that the count recorded and the rows sent are of one snapshot.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public void export(RegisterFilter filter, Actor reader, Consumer<RegisterRow> each) {
		// a register of one agency is read by that agency's inspection board; one of several, by the home
		// agency's, as the installation's (decision 0051)
		String agency = filter.agencyCodes().size() == 1 ? filter.agencyCodes().iterator().next() : null;
		audit.recordRead(reader, agency, EXPORT_READ, "Dossier", filter.from() + "/" + filter.to(),
				exportSummary(filter, count(filter)));
		if (filter.agencyCodes().isEmpty()) {
			return;
		}
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		jdbc.sql(SELECT.formatted(where(filter, parameters)))
			.paramSource(parameters)
			.withFetchSize(EXPORT_FETCH_SIZE)
			.query((RowCallbackHandler) rs -> each.accept(row(rs, 0)));
	}

	private static String exportSummary(RegisterFilter filter, int count) {
		StringBuilder summary = new StringBuilder("Export of the register's ").append(count)
			.append(" dossiers registered from ").append(filter.from()).append(" to ").append(filter.to())
			.append(" at ").append(String.join(", ", new TreeSet<>(filter.agencyCodes())));
		if (filter.status() != null) {
			summary.append(", status ").append(filter.status());
		}
		if (filter.channel() != null) {
			summary.append(", channel ").append(filter.channel());
		}
		if (filter.text() != null && !filter.text().isBlank()) {
			summary.append(", found by a search");
		}
		return summary.append(", with their applicants' names and contacts").toString();
	}

	public int count(RegisterFilter filter) {
		if (filter.agencyCodes().isEmpty()) {
			return 0;
		}
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		return jdbc.sql("SELECT COUNT(*) FROM dossier d WHERE " + where(filter, parameters))
			.paramSource(parameters)
			.query(Integer.class)
			.single();
	}

	private static String where(RegisterFilter filter, MapSqlParameterSource parameters) {
		List<String> conditions = new ArrayList<>(List.of("d.agency_code IN (:agencies)", "d.submitted_at >= :from",
				"d.submitted_at < :until"));
		parameters.addValue("agencies", filter.agencyCodes())
			.addValue("from", startOf(filter.from()))
			.addValue("until", startOf(filter.to().plusDays(1)));
		if (filter.status() != null) {
			conditions.add("d.status = :status");
			parameters.addValue("status", filter.status().name());
		}
		if (filter.channel() != null) {
			conditions.add("d.channel = :channel");
			parameters.addValue("channel", filter.channel().name());
		}
		String search = new QueueFilter(filter.text(), null).condition("d.", parameters);
		if (search != null) {
			conditions.add(search);
		}
		return String.join(" AND ", conditions);
	}

	private static Timestamp startOf(LocalDate day) {
		return Timestamp.from(day.atStartOfDay(VietnamTime.ZONE).toInstant());
	}

	private static RegisterRow row(ResultSet rs, int rowNumber) throws SQLException {
		return new RegisterRow(rs.getString("code"), rs.getString("procedure_name"), rs.getInt("sets"),
				rs.getString("applicant_name"),
				rs.getString("applicant_address"), rs.getString("applicant_phone"), rs.getString("agency_code"),
				Channel.valueOf(rs.getString("channel")), DossierStatus.valueOf(rs.getString("status")),
				local(rs.getTimestamp("submitted_at")), localOrNull(rs.getTimestamp("received_at")),
				rs.getTimestamp("appointment_at") == null ? null : rs.getTimestamp("appointment_at").toLocalDateTime(),
				localOrNull(rs.getTimestamp("returned_at")));
	}

	private static LocalDateTime local(Timestamp timestamp) {
		return LocalDateTime.ofInstant(timestamp.toInstant(), VietnamTime.ZONE);
	}

	private static @Nullable LocalDateTime localOrNull(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : local(timestamp);
	}
}
