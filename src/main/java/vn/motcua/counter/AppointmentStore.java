package vn.motcua.counter;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The appointments and each slot's count of places taken. A place is taken by one conditional update of
 * the slot's row, which holds the row's lock until the booking commits: of two bookings of a slot's
 * last place at once, the second waits, then finds the slot full.
 */
@Component
class AppointmentStore {

	private final JdbcClient jdbc;

	AppointmentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Places taken in each slot of the day that has any, by the slot's start. */
	Map<LocalDateTime, Integer> placesTaken(UUID agencyId, LocalDate day) {
		return jdbc.sql("SELECT starts_at, booked FROM appointment_slot WHERE agency_id = ? AND starts_at >= ? AND starts_at < ?")
			.params(agencyId, day.atStartOfDay(), day.plusDays(1).atStartOfDay())
			.query((rs, row) -> Map.entry(rs.getTimestamp("starts_at").toLocalDateTime(), rs.getInt("booked")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** Takes a place in the slot unless it holds capacity already; whether it did, in the caller's transaction. */
	boolean takePlace(UUID agencyId, LocalDateTime startsAt, int capacity) {
		jdbc.sql("INSERT INTO appointment_slot (agency_id, starts_at, booked) VALUES (?, ?, 0) ON CONFLICT DO NOTHING")
			.params(agencyId, startsAt)
			.update();
		return jdbc.sql("UPDATE appointment_slot SET booked = booked + 1 WHERE agency_id = ? AND starts_at = ? AND booked < ?")
			.params(agencyId, startsAt, capacity)
			.update() == 1;
	}

	void releasePlace(UUID agencyId, LocalDateTime startsAt) {
		jdbc.sql("UPDATE appointment_slot SET booked = booked - 1 WHERE agency_id = ? AND starts_at = ? AND booked > 0")
			.params(agencyId, startsAt)
			.update();
	}

	void insert(Appointment appointment) {
		jdbc.sql("""
				INSERT INTO appointment (code, agency_id, sector_code, procedure_code, starts_at, ends_at, name, phone,
				    email, status, booked_at, cancelled_at, language)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)""")
			.params(appointment.code(), appointment.agencyId(), appointment.sectorCode(), appointment.procedureCode(),
					appointment.startsAt(), appointment.endsAt(), appointment.name(), appointment.phone(),
					appointment.email(), appointment.status().name(), appointment.bookedAt().atOffset(ZoneOffset.UTC),
					appointment.language())
			.update();
	}

	void markCancelled(Appointment appointment) {
		jdbc.sql("UPDATE appointment SET status = ?, cancelled_at = ? WHERE code = ?")
			.params(AppointmentStatus.CANCELLED.name(),
					appointment.cancelledAt() == null ? null : appointment.cancelledAt().atOffset(ZoneOffset.UTC),
					appointment.code())
			.update();
	}

	/**
	 * The agency's appointments of the day in the order of their times, each with the status of the queue
	 * ticket it was checked in with, if any.
	 */
	List<DayAppointment> ofDay(UUID agencyId, LocalDate day, int limit) {
		return jdbc.sql("""
				SELECT a.*, t.status AS ticket_status, t.number AS ticket_number
				FROM appointment a LEFT JOIN queue_ticket t ON t.appointment_code = a.code
				WHERE a.agency_id = ? AND a.starts_at >= ? AND a.starts_at < ?
				ORDER BY a.starts_at, a.booked_at, a.code FETCH FIRST ? ROWS ONLY""")
			.params(agencyId, day.atStartOfDay(), day.plusDays(1).atStartOfDay(), limit)
			.query((rs, row) -> {
				String ticketStatus = rs.getString("ticket_status");
				return new DayAppointment(row(rs, row), ticketStatus == null ? null
						: QueueTicketStatus.valueOf(ticketStatus), ticketStatus == null ? null : rs.getInt("ticket_number"));
			})
			.list();
	}

	/** Booked appointments starting after {@code from} until {@code until}, the earliest first. */
	List<Appointment> bookedStartingBetween(LocalDateTime from, LocalDateTime until) {
		return jdbc.sql("""
				SELECT * FROM appointment WHERE status = 'BOOKED' AND starts_at > ? AND starts_at <= ? ORDER BY starts_at""")
			.params(from, until)
			.query(AppointmentStore::row)
			.list();
	}

	/**
	 * Clears the name, phone and e-mail of at most {@code limit} appointments that started before the cutoff
	 * and still hold them; the codes of those cleared. The rows are locked as they are chosen: of two instances
	 * clearing at once, the second waits for them and then passes over them, cleared, so each is named once.
	 */
	List<String> clearPersonalData(LocalDateTime startedBefore, Instant at, int limit) {
		List<String> codes = jdbc.sql("""
				SELECT code FROM appointment WHERE personal_data_cleared_at IS NULL AND starts_at < ?
				FETCH FIRST ? ROWS ONLY FOR UPDATE""")
			.params(startedBefore, limit)
			.query(String.class)
			.list();
		if (codes.isEmpty()) {
			return codes;
		}
		jdbc.sql("""
				UPDATE appointment SET name = NULL, phone = NULL, email = NULL, personal_data_cleared_at = :at
				WHERE code IN (:codes)""")
			.param("at", at.atOffset(ZoneOffset.UTC))
			.param("codes", codes)
			.update();
		return codes;
	}

	Optional<Appointment> findByCode(String code) {
		return jdbc.sql("SELECT * FROM appointment WHERE code = ?").param(code).query(AppointmentStore::row).optional();
	}

	private static Appointment row(ResultSet rs, int row) throws SQLException {
		OffsetDateTime cancelledAt = rs.getObject("cancelled_at", OffsetDateTime.class);
		return new Appointment(rs.getString("code"), rs.getObject("agency_id", UUID.class), rs.getString("sector_code"),
				rs.getString("procedure_code"), local(rs.getTimestamp("starts_at")), local(rs.getTimestamp("ends_at")),
				rs.getString("name"), rs.getString("phone"), rs.getString("email"),
				AppointmentStatus.valueOf(rs.getString("status")),
				rs.getObject("booked_at", OffsetDateTime.class).toInstant(),
				cancelledAt == null ? null : cancelledAt.toInstant(), rs.getString("language"));
	}

	private static LocalDateTime local(Timestamp timestamp) {
		return timestamp.toLocalDateTime();
	}
}
