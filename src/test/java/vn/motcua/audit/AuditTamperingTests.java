package vn.motcua.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.shared.Actor;

/**
 * The acceptance line of the audit trail: a stored entry changed or deleted behind the system's back
 * is what the verification names. Each test puts the entry back afterwards, since the PostgreSQL
 * layer shares one database (and so one chain) among all test classes.
 */
@ApplicationModuleTest
@Import(WithoutTheOrganization.class)
class AuditTamperingTests {

	@Autowired
	AuditTrail trail;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	TransactionTemplate transactions;

	AuditTampering attacker;

	@BeforeEach
	void setUp() {
		attacker = new AuditTampering(jdbc, transactions);
	}

	AuditEntry anEntry() {
		return trail.recordRead(new Actor("inspector"), "petition.read", "Petition", UUID.randomUUID().toString(),
				"Read petition");
	}

	@Test
	void aChangedSummaryIsReportedAsThatEntryChanged() {
		AuditEntry target = anEntry();
		anEntry();
		assertThat(trail.verify().valid()).isTrue();

		attacker.changeSummary(target.sequence(), "Nothing happened here");
		try {
			ChainVerification result = trail.verify();

			assertThat(result.valid()).isFalse();
			assertThat(result.firstBrokenSequence()).isEqualTo(target.sequence());
			assertThat(result.reason()).isEqualTo(BreakReason.HASH_MISMATCH);
			assertThat(result.entriesChecked()).isEqualTo(target.sequence() - 1);
		}
		finally {
			attacker.changeSummary(target.sequence(), target.summary());
		}
		assertThat(trail.verify().valid()).isTrue();
	}

	@Test
	void aDeletedEntryIsReportedAsAGapAtItsNumber() {
		AuditEntry target = anEntry();
		anEntry();

		attacker.delete(target.sequence());
		try {
			ChainVerification result = trail.verify();

			assertThat(result.valid()).isFalse();
			assertThat(result.firstBrokenSequence()).isEqualTo(target.sequence());
			assertThat(result.reason()).isEqualTo(BreakReason.SEQUENCE_GAP);
		}
		finally {
			attacker.putBack(target);
		}
		assertThat(trail.verify().valid()).isTrue();
	}

	@Test
	void postgreSqlRefusesToUpdateOrDeleteAnEntry() {
		assumeTrue(attacker.onPostgreSql(), "only PostgreSQL has the append-only trigger");
		AuditEntry entry = anEntry();

		assertThatThrownBy(() -> jdbc.update("UPDATE audit_entry SET summary = 'x' WHERE sequence_number = ?",
				entry.sequence())).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_entry WHERE sequence_number = ?", entry.sequence()))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
	}
}
