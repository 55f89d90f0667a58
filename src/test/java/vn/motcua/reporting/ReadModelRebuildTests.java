package vn.motcua.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.audit.AuditTrail;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.dossier.DossierManagement;
import vn.motcua.identity.AccountManagement;
import vn.motcua.reporting.internal.ReportDossiers;
import vn.motcua.shared.Actor;
import vn.motcua.testing.DatabaseRaces;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.WebTest;

/**
 * Rebuilding the reports' read model: every dossier's row is written again from the dossier (a row
 * lost or gone wrong comes back right), a batch at a time; only administrators may start it, and a
 * second start while one runs is refused with a reason.
 */
@WebTest
class ReadModelRebuildTests {

	/** Chains the audit entries waiting for the chain, before this test reads audit_entry. */
	@Autowired
	AuditTrail audit;

	static final String PATH = "/api/v1/admin/reports/read-model/rebuild";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DossierIntake intake;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DossierManagement dossiers;

	@Autowired
	ReportDossiers reportDossiers;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ReadModelRebuild rebuild;

	@Test
	void everyDossiersRowIsWrittenAgainFromTheDossierAcrossBatches() {
		String lost = submitted();
		String wrong = submitted();
		for (int more = 0; more < 3; more++) {
			submitted(); // enough dossiers to cross batches of two on a database of this test alone
		}
		jdbc.update("DELETE FROM report_dossier WHERE code = ?", lost);
		jdbc.update("UPDATE report_dossier SET status = 'RETURNED', digitized_components = FALSE WHERE code = ?", wrong);
		long dossierCount = jdbc.queryForObject("SELECT COUNT(*) FROM dossier", Long.class);

		// batches of two: the last batch is full or not depending on the count, and both must end the loop
		long written = new ReadModelRebuild(dossiers, reportDossiers, events, Clock.systemUTC(), transactions, 2)
			.rebuild(new Actor("admin"), java.time.Instant.now());

		assertThat(written).isEqualTo(dossierCount);
		for (String code : List.of(lost, wrong)) {
			assertThat(jdbc.queryForMap("SELECT status, digitized_components FROM report_dossier WHERE code = ?", code))
				.as(code).containsEntry("status", "SUBMITTED").containsEntry("digitized_components", true);
		}
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM report_dossier r JOIN dossier d ON d.id = r.dossier_id"
				+ " WHERE d.version <> r.dossier_version OR d.status <> r.status", Long.class))
			.as("rows that disagree with their dossier").isZero();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dossier d WHERE NOT EXISTS"
				+ " (SELECT 1 FROM report_dossier r WHERE r.dossier_id = d.id)", Long.class))
			.as("dossiers without a row").isZero();
		audit.seal();
		assertThat(jdbc.queryForObject("SELECT summary FROM audit_entry WHERE action = 'reporting.read-model.rebuilt'"
				+ " AND actor = 'admin' ORDER BY sequence_number DESC LIMIT 1", String.class))
			.isEqualTo(dossierCount + " dossiers' rows written again");
	}

	@Test
	void aRebuildStopsAfterItsBatchWhenTheApplicationShutsDownAndSaysSo() {
		submitted();
		submitted();
		ReadModelRebuild stopped = new ReadModelRebuild(dossiers, reportDossiers, events, Clock.systemUTC(),
				transactions, 1);
		stopped.destroy();

		assertThatIllegalStateException().isThrownBy(() -> stopped.rebuild(new Actor("admin"), java.time.Instant.now()))
			.withMessageContaining("shut down");
		assertThat(stopped.progress().dossiers()).as("one batch of one").isOne();
		assertThat(stopped.progress().failure()).contains("shut down");
		audit.seal();
		assertThat(jdbc.queryForObject("SELECT summary FROM audit_entry WHERE action = 'reporting.read-model.rebuild-failed'"
				+ " ORDER BY sequence_number DESC LIMIT 1", String.class))
			.isEqualTo("stopped after 1 dossiers: IllegalStateException");
	}

	@Test
	void onlyAnAdministratorStartsARebuildAndSeesItEnd() {
		for (String officer : List.of("desk", "leader", "inspector", DemoAccounts.CITIZEN)) {
			assertThat(mvc.post().uri(PATH).with(as(officer))).as(officer).hasStatus(403);
			assertThat(mvc.get().uri(PATH).with(as(officer))).as(officer).hasStatus(403);
		}
		assertThat(mvc.post().uri(PATH)).hasStatus(401);
		String lost = submitted();
		jdbc.update("DELETE FROM report_dossier WHERE code = ?", lost);

		assertThat(mvc.post().uri(PATH).with(as("admin"))).hasStatus(202)
			.bodyJson().extractingPath("$.startedBy").isEqualTo("admin");
		await().atMost(Duration.ofMinutes(2)).until(() -> !rebuild.progress().running());

		assertThat(mvc.get().uri(PATH).with(as("admin"))).hasStatusOk().bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.running").isEqualTo(false);
			assertThat(json).extractingPath("$.failure").isNull();
			assertThat(json).extractingPath("$.finishedAt").isNotNull();
		});
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM report_dossier WHERE code = ?", Long.class, lost)).isOne();
		audit.seal();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'reporting.read-model.rebuild-started'"
				+ " AND actor = 'admin'", Long.class)).isPositive();
	}

	@Test
	void anAdministratorStartsARebuildFromItsPageAndSeesItEnd() {
		String page = "/admin/reports/read-model";
		for (String officer : List.of("desk", "leader", DemoAccounts.CITIZEN)) {
			assertThat(mvc.get().uri(page).with(as(officer))).as(officer).hasStatus(403);
			assertThat(mvc.post().uri(page + "/rebuild").with(as(officer)).with(csrf())).as(officer).hasStatus(403);
		}
		assertThat(mvc.post().uri(page + "/rebuild").with(as("admin"))).as("without the CSRF token").hasStatus(403);
		assertThat(mvc.get().uri("/home").with(as("admin"))).hasStatusOk().bodyText().contains("Dựng lại dữ liệu báo cáo");

		var started = mvc.post().uri(page + "/rebuild").with(as("admin")).with(csrf()).exchange();
		assertThat(started).hasStatus3xxRedirection().hasRedirectedUrl(page);
		assertThat(mvc.get().uri(page).flashAttrs(started.getMvcResult().getFlashMap()).with(as("admin"))).hasStatusOk().bodyText()
			.contains("Đã bắt đầu dựng lại dữ liệu báo cáo.");
		await().atMost(Duration.ofMinutes(2)).until(() -> !rebuild.progress().running());

		assertThat(mvc.get().uri(page).with(as("admin"))).hasStatusOk().bodyText()
			.contains("Đã xong", "admin").doesNotContain("Đang chạy");
	}

	@Test
	void aSecondStartWhileOneRunsIsRefusedWithAReason() throws Exception {
		assumeTrue(DatabaseRaces.onPostgreSql(jdbc),
				"holding the rebuild needs a row lock it waits on, observed through PostgreSQL's pg_locks");
		submitted();
		// the first row the rebuild writes; other tests leave rows without a dossier (read-model fixtures), which it never touches
		UUID first = jdbc.queryForObject("SELECT r.dossier_id FROM report_dossier r JOIN dossier d ON d.id = r.dossier_id"
				+ " ORDER BY r.dossier_id LIMIT 1", UUID.class);
		CountDownLatch locked = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> new TransactionTemplate(transactions)
			.executeWithoutResult(status -> {
				jdbc.queryForList("SELECT dossier_id FROM report_dossier WHERE dossier_id = ? FOR UPDATE", first);
				locked.countDown();
				DatabaseRaces.awaitQuietly(release);
			}));
		try {
			assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
			assertThat(mvc.post().uri(PATH).with(as("admin"))).hasStatus(202);
			await().atMost(Duration.ofSeconds(30)).until(() -> DatabaseRaces.aSessionWaitsForALock(jdbc));

			var refused = mvc.post().uri(PATH).header("Accept-Language", "vi").with(as("admin"))
				.exchange();
			assertThat(refused).hasStatus(409);
			assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8))
				.contains("đang chạy trên máy chủ này");
			var fromThePage = mvc.post().uri("/admin/reports/read-model/rebuild").with(as("admin")).with(csrf()).exchange();
			assertThat(mvc.get().uri("/admin/reports/read-model").flashAttrs(fromThePage.getMvcResult().getFlashMap()).with(as("admin")))
				.hasStatusOk().bodyText().contains("đang chạy trên máy chủ này", "Đang chạy");
		}
		finally {
			release.countDown();
			holder.get(30, TimeUnit.SECONDS);
		}
		await().atMost(Duration.ofMinutes(2)).until(() -> !rebuild.progress().running());
		assertThat(rebuild.progress().failure()).isNull();
	}

	private String submitted() {
		return ReportingWebTests.submitted(intake, accounts);
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
		return httpBasic(username, DemoAccounts.PASSWORD);
	}
}
