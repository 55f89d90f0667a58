package vn.motcua.counter;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
				    email, status, booked_at, cancelled_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)""")
			.params(appointment.code(), appointment.agencyId(), appointment.sectorCode(), appointment.procedureCode(),
					appointment.startsAt(), appointment.endsAt(), appointment.name(), appointment.phone(),
					appointment.email(), appointment.status().name(), appointment.bookedAt().atOffset(ZoneOffset.UTC))
			.update();
	}

	void markCancelled(Appointment appointment) {
		jdbc.sql("UPDATE appointment SET status = ?, cancelled_at = ? WHERE code = ?")
			.params(AppointmentStatus.CANCELLED.name(),
					appointment.cancelledAt() == null ? null : appointment.cancelledAt().atOffset(ZoneOffset.UTC),
					appointment.code())
			.update();
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
				cancelledAt == null ? null : cancelledAt.toInstant());
	}

	private static LocalDateTime local(Timestamp timestamp) {
		return timestamp.toLocalDateTime();
	}
}
