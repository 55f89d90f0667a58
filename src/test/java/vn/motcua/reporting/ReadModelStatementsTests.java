package vn.motcua.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.calendar.Timeliness;
import vn.motcua.catalog.Channel;
import vn.motcua.dossier.DossierFacts;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.identity.Role;
import vn.motcua.reporting.internal.ReportDossiers;
import vn.motcua.testing.ServerPreparedStatements;
import vn.motcua.testing.ServerPreparedStatements.Prepared;
import vn.motcua.testing.TestLayers;
import vn.motcua.testing.WebTest;

/**
 * A dossier's report row fills up as the dossier goes on (received, held at a step, ended), so its
 * statements run with a value in a column one time and a null the next. They stay prepared on
 * PostgreSQL whichever columns are null: the driver would otherwise prepare a statement again when a
 * null comes where it was prepared with a value, and the server plan it afresh (bench/README.md,
 * eighteenth session). One connection, one rolled-back transaction; the statements are first used
 * past the driver's threshold for preparing on the server (five uses) with every column filled.
 */
@WebTest
@Tag(TestLayers.POSTGRESQL_ONLY)
class ReadModelStatementsTests {

	private static final List<String> STATEMENTS = List.of("UPDATE report_dossier SET", "INSERT INTO report_dossier");

	private static final Instant SUBMITTED = Instant.parse("2026-11-23T02:00:00Z");

	private static final UUID PROCEDURE_VERSION = UUID.randomUUID();

	@Autowired
	ReportDossiers reportDossiers;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theRowsStatementsStayPreparedWhateverIsNull() {
		transactions.executeWithoutResult(status -> {
			for (int dossier = 0; dossier < 6; dossier++) {
				reportDossiers.store(filled(UUID.randomUUID(), 0));
			}
			Map<String, Prepared> before = ServerPreparedStatements.byBeginning(jdbc, STATEMENTS);
			for (int dossier = 0; dossier < 4; dossier++) {
				UUID id = UUID.randomUUID();
				reportDossiers.store(submitted(id));
				reportDossiers.store(filled(id, 1));
			}
			Map<String, Prepared> after = ServerPreparedStatements.byBeginning(jdbc, STATEMENTS);
			status.setRollbackOnly();

			// each of the four dossiers: an update that finds no row and an insert, then an update
			assertThat(after.get("UPDATE report_dossier SET"))
				.isEqualTo(before.get("UPDATE report_dossier SET").usedAgain(8));
			assertThat(after.get("INSERT INTO report_dossier")).isEqualTo(before.get("INSERT INTO report_dossier").usedAgain(4));
		});
	}

	/** Just submitted: every column that can be null is. */
	private static DossierFacts submitted(UUID id) {
		return new DossierFacts(id, 0, "PREPARED-" + id, "000.00.31.H55", "9.1", PROCEDURE_VERSION, "Thủ tục",
				Channel.ONLINE, DossierStatus.SUBMITTED, SUBMITTED, null, null, null, null, null, 0, false, null, null,
				null, null, null, false, false);
	}

	/** Every column that can be null filled (facts no single dossier has at once, but the row takes them). */
	private static DossierFacts filled(UUID id, long version) {
		Instant received = SUBMITTED.plusSeconds(3600);
		LocalDateTime due = LocalDateTime.of(2026, 12, 4, 17, 0);
		return new DossierFacts(id, version, "PREPARED-" + id, "000.00.31.H55", "9.1", PROCEDURE_VERSION, "Thủ tục",
				Channel.ONLINE, DossierStatus.RETURNED, SUBMITTED, received, due, received.plusSeconds(86_400),
				Timeliness.EARLY, received.plusSeconds(600), 1, false, Role.SPECIALIST, UUID.randomUUID(),
				UUID.randomUUID(), due, null, true, true);
	}
}
