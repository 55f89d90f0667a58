package vn.motcua.counter;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The queue tickets and each day's last number per agency. The number is raised with one update of the
 * day's row, whose lock holds until the ticket commits: two tickets issued at once get two numbers.
 */
@Component
class QueueStore {

	private final JdbcClient jdbc;

	QueueStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The agency's next number of the day, from 1, in the caller's transaction. */
	int nextNumber(UUID agencyId, LocalDate day) {
		jdbc.sql("INSERT INTO queue_day (agency_id, queue_on, last_number) VALUES (?, ?, 0) ON CONFLICT DO NOTHING")
			.params(agencyId, day)
			.update();
		jdbc.sql("UPDATE queue_day SET last_number = last_number + 1 WHERE agency_id = ? AND queue_on = ?")
			.params(agencyId, day)
			.update();
		return jdbc.sql("SELECT last_number FROM queue_day WHERE agency_id = ? AND queue_on = ?")
			.params(agencyId, day)
			.query(Integer.class)
			.single();
	}

	void insert(QueueTicket ticket, String issuedBy) {
		jdbc.sql("""
				INSERT INTO queue_ticket (id, agency_id, issued_on, number, appointment_code, status, queue_at, issued_at,
				    issued_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(ticket.id(), ticket.agencyId(), ticket.issuedOn(), ticket.number(), ticket.appointmentCode(),
					ticket.status().name(), utc(ticket.queueAt()), utc(ticket.issuedAt()), issuedBy)
			.update();
	}

	/** Marks the ticket called if it is still waiting; whether it was (another desk may have called it first). */
	boolean call(UUID id, Instant at, String by) {
		return jdbc.sql("UPDATE queue_ticket SET status = 'CALLED', called_at = ?, called_by = ? WHERE id = ? AND status = 'WAITING'")
			.params(utc(at), by, id)
			.update() == 1;
	}

	/** Ends a called ticket as served or absent; whether it was called. */
	boolean finish(UUID id, QueueTicketStatus status, Instant at) {
		return jdbc.sql("UPDATE queue_ticket SET status = ?, finished_at = ? WHERE id = ? AND status = 'CALLED'")
			.params(status.name(), utc(at), id)
			.update() == 1;
	}

	Optional<QueueTicket> find(UUID id) {
		return jdbc.sql("SELECT * FROM queue_ticket WHERE id = ?").param(id).query(QueueStore::row).optional();
	}

	Optional<QueueTicket> findByAppointment(String appointmentCode) {
		return jdbc.sql("SELECT * FROM queue_ticket WHERE appointment_code = ?")
			.param(appointmentCode)
			.query(QueueStore::row)
			.optional();
	}

	/** The day's tickets in that status, in queue order (called ones: the latest called first). */
	List<QueueTicket> ofDay(UUID agencyId, LocalDate day, QueueTicketStatus status, int limit) {
		String order = status == QueueTicketStatus.CALLED ? "called_at DESC" : "queue_at, number";
		return jdbc.sql("SELECT * FROM queue_ticket WHERE agency_id = ? AND issued_on = ? AND status = ? ORDER BY "
				+ order + " FETCH FIRST ? ROWS ONLY")
			.params(agencyId, day, status.name(), limit)
			.query(QueueStore::row)
			.list();
	}

	private static QueueTicket row(ResultSet rs, int row) throws SQLException {
		return new QueueTicket(rs.getObject("id", UUID.class), rs.getObject("agency_id", UUID.class),
				rs.getObject("issued_on", LocalDate.class), rs.getInt("number"), rs.getString("appointment_code"),
				QueueTicketStatus.valueOf(rs.getString("status")), instant(rs, "queue_at"), instant(rs, "issued_at"),
				nullableInstant(rs, "called_at"), rs.getString("called_by"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
