package vn.motcua.dossier;

import java.sql.DatabaseMetaData;
import java.time.LocalDate;
import java.util.Objects;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out each day's dossier numbers per agency from a counter row in the database, so that codes
 * are unique however many instances of the system run. The counter is raised in a short transaction
 * of its own, before the registering one: its row lock, which orders an agency's registrations, is
 * then held for a few statements instead of until the registration commits (8 submitting clients
 * waited 19 ms on average for it on two cores; bench/README.md, twenty-first session). On PostgreSQL
 * that transaction's commit does not wait for the log's flush either (decision 0018). A number taken
 * by a registration that then fails is not handed out again: a day's sequence may have a gap, as
 * with a database sequence, which the code's rule allows (legal-rules.md, "Codes").
 */
@Component
class DossierCodeSequence {

	private final JdbcClient jdbc;
	private final TransactionTemplate ownTransaction;
	/** Whether the database is PostgreSQL, whose commits can skip waiting for the log's flush. */
	private final boolean postgres;

	DossierCodeSequence(JdbcClient jdbc, PlatformTransactionManager transactions, DataSource dataSource)
			throws MetaDataAccessException {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.postgres = "PostgreSQL".equals(
				JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
	}

	/**
	 * The next code of the agency for that day. Refused inside a transaction: there it would wait for
	 * a second pooled connection while holding one, and enough registrations at once would empty the pool.
	 */
	@Transactional(propagation = Propagation.NEVER)
	public DossierCode next(String agencyCode, LocalDate day) {
		Integer number = ownTransaction.execute(status -> {
			if (postgres) {
				// the registration's commit, which waits for its flush, flushes the log past this one: a
				// number a committed dossier carries is never lost, and the lock is not held for a flush
				jdbc.sql("SET LOCAL synchronous_commit = off").update();
			}
			// raise first and create the counter only when there is none: the day's every later registration
			// then waits once, for the row lock, instead of also waiting in the insert's conflict check
			if (raise(agencyCode, day) == 0) {
				ensureCounter(agencyCode, day);
				raise(agencyCode, day);
			}
			return jdbc.sql("SELECT last_number FROM dossier_code_counter WHERE agency_code = ? AND registration_day = ?")
				.params(agencyCode, day)
				.query(Integer.class)
				.single();
		});
		return new DossierCode(agencyCode, day, Objects.requireNonNull(number));
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
