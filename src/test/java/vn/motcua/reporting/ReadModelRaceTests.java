package vn.motcua.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.catalog.Channel;
import vn.motcua.dossier.DossierFacts;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.reporting.internal.ReportDossiers;
import vn.motcua.testing.DatabaseRaces;
import vn.motcua.testing.WebTest;

/**
 * Two first writes of one dossier's facts race (when the read model was fed asynchronously, its
 * submission and its receipt handled at once; now a refresh at start-up beside a save): both land,
 * and the newer facts win. On PostgreSQL a failed insert aborts
 * its transaction, so the loser of the race must not rely on catching the duplicate key.
 */
@WebTest
class ReadModelRaceTests {

	@Autowired
	ReportDossiers reportDossiers;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	final UUID id = UUID.randomUUID();

	/** The row has no dossier behind it: left in the shared database it would count in other tests' reports. */
	@AfterEach
	void removeTheRow() {
		jdbc.update("DELETE FROM report_dossier WHERE dossier_id = ?", id);
	}

	@Test
	void theSecondOfTwoFirstRefreshesWaitsForTheFirstAndStillLands() throws Exception {
		assumeTrue(DatabaseRaces.onPostgreSql(jdbc),
				"the race needs PostgreSQL's row locks on a pending insert to be observed");
		CountDownLatch firstInserted = new CountDownLatch(1);
		CountDownLatch commitFirst = new CountDownLatch(1);

		CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
			reportDossiers.store(facts(id, 0, DossierStatus.SUBMITTED));
			firstInserted.countDown();
			DatabaseRaces.awaitQuietly(commitFirst);
		}));
		assertThat(firstInserted.await(30, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<Void> second = CompletableFuture.runAsync(
				() -> transactions.executeWithoutResult(status -> reportDossiers.store(facts(id, 1, DossierStatus.RECEIVED))));
		await().atMost(Duration.ofSeconds(30)).until(() -> DatabaseRaces.aSessionWaitsForALock(jdbc));
		commitFirst.countDown();

		first.get(30, TimeUnit.SECONDS);
		second.get(30, TimeUnit.SECONDS);
		assertThat(jdbc.queryForObject("SELECT status FROM report_dossier WHERE dossier_id = ?", String.class, id))
			.isEqualTo("RECEIVED");
	}

	private static DossierFacts facts(UUID id, long version, DossierStatus status) {
		Instant submitted = Instant.parse("2026-11-23T02:00:00Z");
		return new DossierFacts(id, version, "RACE-" + id, "000.00.31.H55", "9.1", UUID.randomUUID(), "Thủ tục",
				Channel.ONLINE, status, submitted, status == DossierStatus.RECEIVED ? submitted : null, null, null, null,
				null, 0, false, null, null, null, null, null, false, false);
	}
}
