package vn.motcua.dossier;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out each day's dossier numbers per agency from a counter row in the database, so that codes
 * are unique however many instances of the system run. The counter is raised inside the
 * registering transaction: its row lock orders concurrent registrations, and a registration that
 * rolls back gives its number back, so a day's sequence has no gaps.
 */
@Component
class DossierCodeSequence {

	private final JdbcClient jdbc;

	DossierCodeSequence(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The next code of the agency for that day; must run in the transaction that stores the dossier. */
	@Transactional(propagation = Propagation.MANDATORY)
	public DossierCode next(String agencyCode, LocalDate day) {
		// raise first and create the counter only when there is none: the day's every later registration
		// then waits once, for the row lock, instead of also waiting in the insert's conflict check
		if (raise(agencyCode, day) == 0) {
			ensureCounter(agencyCode, day);
			raise(agencyCode, day);
		}
		int number = jdbc.sql("SELECT last_number FROM dossier_code_counter WHERE agency_code = ? AND registration_day = ?")
			.params(agencyCode, day)
			.query(Integer.class)
			.single();
		return new DossierCode(agencyCode, day, number);
	}

	private int raise(String agencyCode, LocalDate day) {
		return jdbc.sql("UPDATE dossier_code_counter SET last_number = last_number + 1 WHERE agency_code = ? AND registration_day = ?")
			.params(agencyCode, day)
			.update();
	}

	/**
	 * Creates the day's counter at zero unless it exists. When two first registrations of a day race,
	 * PostgreSQL makes the second insert wait for the first transaction and then do nothing (or
	 * insert, if the first rolled back), so both then raise the same row.
	 */
	private void ensureCounter(String agencyCode, LocalDate day) {
		jdbc.sql("""
				INSERT INTO dossier_code_counter (agency_code, registration_day, last_number) VALUES (?, ?, 0)
				ON CONFLICT DO NOTHING""")
			.params(agencyCode, day)
			.update();
	}
}
