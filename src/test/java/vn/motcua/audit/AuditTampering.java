package vn.motcua.audit;

import java.sql.Connection;
import java.time.ZoneOffset;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An attacker with the database owner's rights, changing the audit trail behind the system's back.
 * On PostgreSQL the owner first switches off the append-only trigger (in the same transaction, so
 * that nothing else slips through meanwhile) and switches it on again afterwards.
 */
final class AuditTampering {

	private final JdbcTemplate jdbc;
	private final TransactionTemplate transactions;

	AuditTampering(JdbcTemplate jdbc, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	void changeSummary(long sequence, String summary) {
		behindTheSystemsBack(db -> db.update("UPDATE audit_entry SET summary = ? WHERE sequence_number = ?", summary,
				sequence));
	}

	void delete(long sequence) {
		behindTheSystemsBack(db -> db.update("DELETE FROM audit_entry WHERE sequence_number = ?", sequence));
	}

	/** Puts a deleted entry back as it was, so that the chain is whole again for other tests. */
	void putBack(AuditEntry entry) {
		jdbc.update("INSERT INTO audit_entry (sequence_number, id, occurred_at, recorded_at, actor, action, "
				+ "record_type, record_id, summary, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				entry.sequence(), entry.id(), entry.occurredAt().atOffset(ZoneOffset.UTC),
				entry.recordedAt().atOffset(ZoneOffset.UTC), entry.actor(), entry.action(),
				entry.recordType(), entry.recordId(), entry.summary(), entry.previousHash(), entry.hash());
	}

	boolean onPostgreSql() {
		return Boolean.TRUE.equals(jdbc.execute((Connection connection) -> connection.getMetaData()
			.getDatabaseProductName()
			.equals("PostgreSQL")));
	}

	private void behindTheSystemsBack(Consumer<JdbcTemplate> change) {
		boolean postgres = onPostgreSql();
		transactions.executeWithoutResult(status -> {
			if (postgres) {
				jdbc.execute("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only");
			}
			change.accept(jdbc);
			if (postgres) {
				jdbc.execute("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only");
			}
		});
	}
}
