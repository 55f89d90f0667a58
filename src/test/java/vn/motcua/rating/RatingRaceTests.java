package vn.motcua.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.dossier.DossierIntake;
import vn.motcua.dossier.ReturnedDossiers;
import vn.motcua.identity.AccountManagement;
import vn.motcua.testing.DatabaseRaces;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.MutableClock;
import vn.motcua.testing.WebTest;

/**
 * Two first ratings of one dossier by its applicant at once (a second tap on the button): the later
 * one waits for the earlier's insert, fails on the one-rating constraint, and is made again as a
 * change of the earlier; one rating remains, the later's, and the applicant sees no error.
 */
@WebTest
@Import(MutableClock.Configuration.class)
class RatingRaceTests {

	@Autowired
	MockMvcTester mvc;
	@Autowired
	DossierIntake intake;
	@Autowired
	AccountManagement accounts;
	@Autowired
	MutableClock clock;
	@Autowired
	RatableDossierRepository ratables;
	@Autowired
	RatingManagement management;
	@Autowired
	TransactionTemplate transactions;
	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void wednesdayMorning() {
		clock.set(Instant.parse("2026-11-25T01:00:00Z"));
	}

	@AfterEach
	void realTime() {
		clock.reset();
	}

	@Test
	void theSecondOfTwoFirstRatingsChangesTheFirst() throws Exception {
		assumeTrue(DatabaseRaces.onPostgreSql(jdbc),
				"the race needs PostgreSQL's row locks on a pending insert to be observed");
		String code = new ReturnedDossiers(mvc, intake, accounts).returned(DemoAccounts.CITIZEN);
		await().atMost(Duration.ofSeconds(10)).until(() -> ratables.findByDossierCode(code).isPresent());
		UUID citizen = accounts.findByUsername(DemoAccounts.CITIZEN).orElseThrow().id();
		CountDownLatch firstInserted = new CountDownLatch(1);
		CountDownLatch commitFirst = new CountDownLatch(1);

		CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
			management.rateOnce(citizen, code, new RatingInput("SATISFIED", "Lần bấm thứ nhất", Map.of()));
			firstInserted.countDown();
			DatabaseRaces.awaitQuietly(commitFirst);
		}));
		assertThat(firstInserted.await(30, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<Rating> second = CompletableFuture.supplyAsync(
				() -> management.rate(citizen, code, new RatingInput("VERY_SATISFIED", "Lần bấm thứ hai", Map.of())));
		await().atMost(Duration.ofSeconds(30)).until(() -> DatabaseRaces.aSessionWaitsForALock(jdbc));
		commitFirst.countDown();

		first.get(30, TimeUnit.SECONDS);
		assertThat(second.get(30, TimeUnit.SECONDS).levelCode()).isEqualTo("VERY_SATISFIED");
		assertThat(jdbc.queryForList("SELECT level_code FROM rating WHERE account_id = ? AND dossier_code = ?",
				String.class, citizen, code)).containsExactly("VERY_SATISFIED");
	}
}
