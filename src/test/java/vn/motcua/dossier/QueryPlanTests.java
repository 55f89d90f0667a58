package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.motcua.document.StoredFileNames;
import vn.motcua.identity.AccountManagement;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.testing.AnotherAgency;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.MutableClock;
import vn.motcua.testing.StatementLog;
import vn.motcua.testing.TestLayers;
import vn.motcua.testing.WebTest;

/**
 * Every query on a hot path uses an index. The account table gets 60,000 synthetic citizens (every
 * request here signs in with HTTP Basic, so the sign-in look-up is checked too), the dossier tables
 * 60,000 synthetic dossiers of the demo agency over five years (mostly returned, 1% waiting at the
 * desk, 1% at a step; four steps, three status changes and two documents each, a signed result for
 * those returned), the petition table as many petitions (2% open); statistics are refreshed, then
 * the hot requests run (status look-up, officer queues, my dossiers, the desk's list, the register,
 * catalogue search, a dossier's pages, the petitions' queue, the petitioner's list, the public
 * questions and answers (of all agencies and of one) and a month's petition figures) and the step warnings' round while their statements are recorded; each recorded query is
 * replayed under EXPLAIN with its own parameters, and a sequential scan of a large table fails the
 * test. PostgreSQL only: H2's plans say nothing about production. The synthetic rows are made once
 * for the class and deleted afterwards, so the other tests of the layer never see them.
 */
@WebTest
@Tag(TestLayers.POSTGRESQL_ONLY)
@Import(MutableClock.Configuration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryPlanTests {

	static final int SYNTHETIC_DOSSIERS = 60_000;
	static final String SYNTHETIC = "QueryPlanTests: hồ sơ tổng hợp";
	static final Pattern SEQ_SCAN_OF_LARGE_TABLE = Pattern.compile(
			"Seq Scan on (account|dossier|dossier_status_change|dossier_step|dossier_document|dossier_handover|dossier_transfer"
					+ "|audit_entry|petition)\\b");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DossierIntake intake;

	@Autowired
	WorkQueues queues;

	@Autowired
	AccountManagement accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	List<StoredFileNames> owners;

	@Autowired
	OrganizationManagement organization;

	/** The code of the agency that answered a twentieth of the published answers. */
	String anotherAgency;

	@BeforeEach
	void wednesdayMorning() {
		clock.set(Instant.parse("2026-11-25T01:00:00Z"));
	}

	@AfterEach
	void realTime() {
		clock.reset();
	}

	@BeforeAll
	void fiveYearsOfDossiers() {
		jdbc.sql("""
				INSERT INTO dossier (id, version, code, agency_code, procedure_code, procedure_version_id, procedure_name,
				       channel, sets, status, applicant_kind, applicant_name, applicant_words, applicant_id_number,
				       applicant_address, applicant_phone, account_id, delivery, submitted_at, received_at, appointment_at, rule_set,
				       step_index, step_role, step_due_at, timeliness)
				SELECT gen_random_uuid(), 1, '000.00.31.H55-' || to_char(DATE '2021-01-01' + (n % 1826), 'YYMMDD') || '-'
				       || (90000 + n / 1826), '000.00.31.H55', '1.013393.000.00.00.H55', gen_random_uuid(), :name,
				       CASE WHEN n % 10 < 9 THEN 'ONLINE' ELSE 'COUNTER' END, 1,
				       CASE WHEN n % 100 < 98 THEN 'RETURNED' WHEN n % 100 = 98 THEN 'SUBMITTED' ELSE 'IN_PROGRESS' END,
				       'CITIZEN', 'Người nộp ' || n, ' nguoi nop ' || n || ' ', lpad(n::text, 12, '0'), 'Quảng Ngãi', '0905000000',
				       CASE WHEN n % 10 < 9 THEN gen_random_uuid() END, 'ONLINE',
				       TIMESTAMP '2021-01-01 08:00' + (n % 1826) * INTERVAL '1 day',
				       CASE WHEN n % 100 <> 98 THEN TIMESTAMP '2021-01-01 09:00' + (n % 1826) * INTERVAL '1 day' END,
				       TIMESTAMP '2021-01-08 09:00' + (n % 1826) * INTERVAL '1 day', 'ND61-2018',
				       CASE WHEN n % 100 = 99 THEN 2 END,
				       CASE WHEN n % 100 = 99 THEN (ARRAY['SPECIALIST', 'UNIT_HEAD', 'AGENCY_LEADER', 'RECEPTION_OFFICER'])[1 + n / 100 % 4] END,
				       CASE WHEN n % 100 = 99 THEN TIMESTAMP '2021-01-05 09:00' + (n % 1826) * INTERVAL '1 day' END,
				       CASE WHEN n % 100 < 98 THEN 'EARLY' END
				FROM generate_series(1, :count) AS n""").param("name", SYNTHETIC).param("count", SYNTHETIC_DOSSIERS).update();
		jdbc.sql("""
				INSERT INTO dossier_document (dossier_id, position, required_document_index, name, originals, certified_copies,
				       photocopies, file_id, file_sha256, file_name, content_type, file_size)
				SELECT d.id, p.position, p.position, 'Giấy tờ ' || p.position, 1, 0, 0, gen_random_uuid()::text,
				       md5(d.id::text) || md5(p.position || d.id::text), 'giay-to.pdf', 'application/pdf', 100000
				FROM dossier d CROSS JOIN (VALUES (0), (1)) AS p(position)
				WHERE d.procedure_name = :name""").param("name", SYNTHETIC).update();
		jdbc.sql("UPDATE dossier SET result_sha256 = md5(code) || md5(id::text) WHERE procedure_name = :name AND status = 'RETURNED'")
			.param("name", SYNTHETIC).update();
		jdbc.sql("""
				INSERT INTO dossier_status_change (dossier_id, position, status, changed_at, actor)
				SELECT d.id, s.position, s.status, d.submitted_at + s.position * INTERVAL '1 day', 'synthetic'
				FROM dossier d CROSS JOIN (VALUES (0, 'SUBMITTED'), (1, 'RECEIVED'), (2, 'RETURNED')) AS s(position, status)
				WHERE d.procedure_name = :name""").param("name", SYNTHETIC).update();
		jdbc.sql("""
				INSERT INTO dossier_step (dossier_id, position, name, role, share, due_at)
				SELECT d.id, s.position, 'Bước ' || s.position, COALESCE(d.step_role, s.role), 1,
				       d.appointment_at - (4 - s.position) * INTERVAL '1 day'
				FROM dossier d CROSS JOIN (VALUES (0, 'RECEPTION_OFFICER'), (1, 'UNIT_HEAD'), (2, 'SPECIALIST'),
				       (3, 'AGENCY_LEADER')) AS s(position, role)
				WHERE d.procedure_name = :name""").param("name", SYNTHETIC).update();
		jdbc.sql("""
				INSERT INTO account (id, version, kind, username, display_name, id_number, phone, email, password_hash,
				       created_at)
				SELECT gen_random_uuid(), 1, 'CITIZEN', 'synthetic-' || n, :name, 'S' || n, '09' || lpad(n::text, 8, '0'),
				       'synthetic' || n || '@example.vn', 'not a hash', now()
				FROM generate_series(1, :count) AS n""").param("name", SYNTHETIC).param("count", SYNTHETIC_DOSSIERS).update();
		jdbc.sql("""
				INSERT INTO petition (id, version, code, agency_code, kind, channel, status, rule_set, complexity, title,
				       content, petitioner_name, account_id, received_at, acceptance_due_at, forwarding_due_at,
				       resolution_due_at, extensions, published, search_text, repeated, dissatisfied)
				SELECT gen_random_uuid(), 1, 'PS' || lpad(n::text, 6, '0'), '000.00.31.H55',
				       (ARRAY['FEEDBACK', 'PROPOSAL', 'QUESTION', 'COMPLAINT', 'DENUNCIATION'])[1 + n % 5], 'WEB_FORM',
				       CASE WHEN n % 100 < 98 THEN 'CLOSED' WHEN n % 100 = 98 THEN 'RECEIVED' ELSE 'ACCEPTED' END,
				       'ND118-2025', 'ORDINARY', :name, :name, 'Người gửi ' || n,
				       CASE WHEN n % 2 = 0 THEN gen_random_uuid() END,
				       TIMESTAMP WITH TIME ZONE '2021-01-01 08:00+07' + (n % 1826) * INTERVAL '1 day',
				       TIMESTAMP '2021-01-13 08:00' + (n % 1826) * INTERVAL '1 day',
				       TIMESTAMP '2021-01-08 08:00' + (n % 1826) * INTERVAL '1 day',
				       CASE WHEN n % 100 <> 98 THEN TIMESTAMP '2021-03-01 08:00' + (n % 1826) * INTERVAL '1 day' END,
				       0, FALSE, '', FALSE, FALSE
				FROM generate_series(1, :count) AS n""").param("name", SYNTHETIC).param("count", SYNTHETIC_DOSSIERS).update();
		// a tenth answered in public (all closed), a twentieth of those by another agency: its own page reads few
		// of the published answers, which every agency's order by time answered would reach only after many others
		anotherAgency = AnotherAgency.create(organization).agency().code();
		jdbc.sql("""
				UPDATE petition SET published = TRUE, answer = title, answered_at = received_at + INTERVAL '20 days',
				       agency_code = CASE WHEN CAST(SUBSTRING(code FROM 3) AS INTEGER) % 200 = 0 THEN :other
				                          ELSE agency_code END
				WHERE title = :name AND CAST(SUBSTRING(code FROM 3) AS INTEGER) % 10 = 0""").param("name", SYNTHETIC)
			.param("other", anotherAgency).update();
		jdbc.sql("ANALYZE petition").update();
		jdbc.sql("ANALYZE account").update();
		jdbc.sql("ANALYZE dossier").update();
		jdbc.sql("ANALYZE dossier_status_change").update();
		jdbc.sql("ANALYZE dossier_step").update();
		jdbc.sql("ANALYZE dossier_document").update();
	}

	@AfterAll
	void removeThem() {
		jdbc.sql("DELETE FROM dossier WHERE procedure_name = :name").param("name", SYNTHETIC).update();
		jdbc.sql("DELETE FROM account WHERE display_name = :name").param("name", SYNTHETIC).update();
		jdbc.sql("DELETE FROM petition WHERE title = :name").param("name", SYNTHETIC).update();
	}

	@Test
	void everyHotPathQueryUsesAnIndex() throws SQLException {
		UUID citizen = accounts.findByUsername(DemoAccounts.CITIZEN).orElseThrow().id();
		String code = intake.submitOnline(citizen, new OnlineSubmission(SubmissionFiles.ONLINE_PROCEDURE, "Quảng Ngãi",
				ResultDelivery.AT_DESK, null, null, SubmissionFiles.allFour())).code();
		String waiting = intake.submitOnline(citizen, new OnlineSubmission(SubmissionFiles.ONLINE_PROCEDURE, "Quảng Ngãi",
				ResultDelivery.AT_DESK, null, null, SubmissionFiles.allFour())).code();
		assertThat(as("desk", mvc.post().uri("/api/v1/desk/dossiers/{code}/acceptance", code))).hasStatusOk();

		Map<String, List<StatementLog.Executed>> requests = new LinkedHashMap<>();
		record(requests, "status look-up API", () -> mvc.get().uri("/api/v1/dossiers/{code}/status", code).exchange());
		record(requests, "status look-up page", () -> mvc.get().uri("/dossiers/status?code={code}", code).exchange());
		for (String officer : new String[] { "desk", "specialist", "unithead", "leader" }) {
			record(requests, "work queue of " + officer, () -> as(officer, mvc.get().uri("/api/v1/work/queue")));
		}
		record(requests, "work queue page", () -> as("desk", mvc.get().uri("/work/queue")));
		record(requests, "work queue, searched", () -> as("desk", mvc.get().uri("/work/queue?q=nộp")));
		record(requests, "work queue, due soon", () -> as("desk", mvc.get().uri("/api/v1/work/queue?urgency=DUE_SOON")));
		record(requests, "work queue, a later page",
				() -> as("desk", mvc.get().uri("/api/v1/work/queue?after={after}", "2026-11-25T08:00_" + code)));
		record(requests, "unit head's unit view", () -> as("unithead", mvc.get().uri("/work/queue?scope=unit")));
		requests.put("step warnings' round", StatementLog.record(() -> queues.dueWithin(Duration.ofHours(4))));
		record(requests, "a dossier at work", () -> as("desk", mvc.get().uri("/work/dossiers/{code}", code)));
		record(requests, "my dossiers", () -> as(DemoAccounts.CITIZEN, mvc.get().uri("/my/dossiers")));
		record(requests, "my dossiers API", () -> as(DemoAccounts.CITIZEN, mvc.get().uri("/api/v1/my/dossiers")));
		record(requests, "one of my dossiers", () -> as(DemoAccounts.CITIZEN, mvc.get().uri("/my/dossiers/{code}", code)));
		record(requests, "desk's waiting list", () -> as("desk", mvc.get().uri("/desk/dossiers")));
		record(requests, "desk's waiting list API", () -> as("desk", mvc.get().uri("/api/v1/desk/dossiers")));
		record(requests, "desk's list, by code", () -> as("desk", mvc.get().uri("/desk/dossiers?q={code}", waiting)));
		record(requests, "desk's list, a later page",
				() -> as("desk", mvc.get().uri("/api/v1/desk/dossiers?after={after}", "2025-03-01T08:00_" + code)));
		record(requests, "a waiting dossier", () -> as("desk", mvc.get().uri("/desk/dossiers/{code}", waiting)));
		record(requests, "register, this month", () -> as("desk", mvc.get().uri("/desk/register")));
		record(requests, "register, a month by name", () -> as("desk", mvc.get()
			.uri("/desk/register?from=2025-03-01&to=2025-03-31&text=nộp 4201")));
		record(requests, "register, by code", () -> as("desk", mvc.get()
			.uri("/desk/register?from=2026-11-01&to=2026-11-30&text={code}", code)));
		record(requests, "catalogue search API", () -> mvc.get().uri("/api/v1/procedures?query=giay phep").exchange());
		record(requests, "catalogue search page", () -> mvc.get().uri("/procedures?q=giay phep").exchange());
		record(requests, "petition queue page", () -> as("leader", mvc.get().uri("/work/petitions")));
		record(requests, "petition queue, mine", () -> as("specialist", mvc.get().uri("/api/v1/petitions?mine=true")));
		record(requests, "petition queue, searched", () -> as("leader", mvc.get()
			.uri("/api/v1/petitions?q=người gửi 4201&kind=COMPLAINT&standing=OVERDUE")));
		record(requests, "petition queue, later page",
				() -> as("leader", mvc.get().uri("/api/v1/petitions?after={after}", "2024-06-01T08:00_PS000000")));
		record(requests, "public Q&A", () -> mvc.get().uri("/qa?q=xang dau").exchange());
		record(requests, "public Q&A of every agency", () -> mvc.get().uri("/qa").exchange());
		record(requests, "public Q&A of an agency", () -> mvc.get().uri("/qa?agency=000.00.31.H55").exchange());
		record(requests, "public Q&A API of an agency, later page", () -> mvc.get()
			.uri("/api/v1/qa?agency=000.00.31.H55&after={after}", "2026-01-01T08:00_PA000001-ABCD").exchange());
		record(requests, "public Q&A API, later page",
				() -> mvc.get().uri("/api/v1/qa?after={after}", "2026-01-01T08:00_PA000001-ABCD").exchange());
		record(requests, "my petitions", () -> as(DemoAccounts.CITIZEN, mvc.get().uri("/api/v1/my/petitions")));
		record(requests, "petition figures, a month", () -> as("leader", mvc.get()
			.uri("/api/v1/petitions/figures?from=2025-03-01&to=2025-03-31")));
		record(requests, "petition export, a month", () -> as("leader", mvc.get()
			.uri("/work/petitions/export.csv?from=2025-03-01&to=2025-03-31")));

		List<String> failures = new ArrayList<>();
		try (Connection connection = dataSource.getConnection()) {
			requests.forEach((request, statements) -> statements.stream().filter(StatementLog.Executed::isQuery)
				.distinct()
				.forEach(statement -> {
					String plan = StatementLog.explain(connection, statement);
					boolean seqScan = SEQ_SCAN_OF_LARGE_TABLE.matcher(plan).find();
					System.out.printf("[plan] %-26s %s | %s%n", request, seqScan ? "SEQ SCAN" : "ok",
							plan.lines().findFirst().orElse("").trim());
					if (seqScan) {
						failures.add(request + ": " + statement.sql().strip() + "\n" + plan);
					}
				}));
		}
		assertThat(requests.values()).as("the requests ran queries").allMatch(statements -> !statements.isEmpty());
		assertThat(failures).as("queries that scan a large table sequentially").isEmpty();
	}

	/**
	 * A page of a work queue is sorted and cut from the dossier table, and only then are its dossiers
	 * joined to their current steps: the steps read stay within the page however long the queue (the
	 * desk's here holds the 150 synthetic dossiers waiting at its step). Run with ANALYZE, so the
	 * plan's counts are what PostgreSQL did.
	 */
	@Test
	void aQueuePageReadsTheStepsOfItsOwnDossiersOnly() throws SQLException {
		int size = 10;
		long queued = jdbc.sql("SELECT COUNT(*) FROM dossier WHERE procedure_name = :name AND step_role = 'RECEPTION_OFFICER'")
			.param("name", SYNTHETIC)
			.query(Long.class)
			.single();
		assertThat(queued).as("the desk's queue is many pages long").isGreaterThan(10L * size);

		StatementLog.Executed page = theQueryOfTheSteps(StatementLog
			.record(() -> assertThat(as("desk", mvc.get().uri("/api/v1/work/queue?size={size}", size))).hasStatusOk()));
		String plan;
		try (Connection connection = dataSource.getConnection()) {
			plan = StatementLog.explainAnalyze(connection, page);
		}
		Matcher stepsRead = Pattern.compile("on dossier_step s\\b.*actual rows=([\\d.]+) loops=(\\d+)").matcher(plan);
		assertThat(stepsRead.find()).as("the plan reads the steps:%n%s", plan).isTrue();
		double rows = Double.parseDouble(stepsRead.group(1)) * Long.parseLong(stepsRead.group(2));
		assertThat(rows).as("steps read for a page of %d:%n%s", size, plan).isLessThanOrEqualTo(size + 1);
	}

	/**
	 * The step warnings' round looks for steps due soon among the dossiers at a step, by the index
	 * that holds those dossiers only, not among all dossiers: at 10 million stored, a condition that
	 * index could not serve made PostgreSQL scan the whole table every round.
	 */
	@Test
	void theStepWarningsRoundReadsTheIndexOfDossiersAtAStep() throws SQLException {
		StatementLog.Executed round = theQueryOfTheSteps(StatementLog.record(() -> queues.dueWithin(Duration.ofHours(4))));
		String plan;
		try (Connection connection = dataSource.getConnection()) {
			plan = StatementLog.explain(connection, round);
		}
		assertThat(plan).as("the round's plan")
			.containsPattern("(Index Scan using dossier_queue_idx on dossier d|Bitmap Index Scan on dossier_queue_idx)\\b");
	}

	/**
	 * The orphan-file sweep asks each module which of a folder's files its rows name, by the range of
	 * the folder's two digits (decisions 0028 and 0038): every question reads its columns' indexes, not
	 * the dossiers, their documents or the petitions through (512 times a sweep, before V7.30 and V11.8).
	 */
	@Test
	void theOrphanFileSweepsQuestionsReadTheNameColumnsIndexes() throws SQLException {
		Set<String> candidates = Set.of("ab" + UUID.randomUUID().toString().substring(2), "ab" + "0".repeat(62));
		List<StatementLog.Executed> questions = StatementLog.record(() -> {
			for (StoredFileNames owner : owners) {
				for (StoredFileNames.Store store : StoredFileNames.Store.values()) {
					owner.named(store, "ab", candidates);
				}
			}
			return null;
		});
		assertThat(questions).as("the modules' questions").isNotEmpty();
		try (Connection connection = dataSource.getConnection()) {
			for (StatementLog.Executed question : questions) {
				String plan = StatementLog.explain(connection, question);
				assertThat(plan).as("%s%n%s", question.sql(), plan).doesNotContainPattern(SEQ_SCAN_OF_LARGE_TABLE);
			}
		}
	}

	/**
	 * A month's petition figures read that month's petitions by the index on the agency and the time
	 * received, not every petition of the agency by the index of open ones and a filter.
	 */
	@Test
	void aMonthsPetitionFiguresReadTheIndexByTimeReceived() throws SQLException {
		StatementLog.Executed figures = theQueryReading("FROM petition", StatementLog.record(() -> assertThat(as("leader",
				mvc.get().uri("/api/v1/petitions/figures?from=2025-03-01&to=2025-03-31"))).hasStatusOk()));
		String plan;
		try (Connection connection = dataSource.getConnection()) {
			plan = StatementLog.explain(connection, figures);
		}
		assertThat(plan).as("the figures' plan")
			.containsPattern("(Index Scan using petition_received_idx on petition|Bitmap Index Scan on petition_received_idx)\\b");
	}

	/**
	 * One agency's published answers are read in their order from the index on the agency's published
	 * answers (V11.15) and cut at the page, not every agency's read through the index of published ones,
	 * then filtered and sorted, nor every agency's in their order until the page is full of this one's.
	 */
	@Test
	void oneAgencysPublishedAnswersReadTheirOwnIndex() throws SQLException {
		String plan = planOfThePublishedAnswersPage("/api/v1/qa?agency=" + anotherAgency);
		assertThat(plan).as("the page's plan").containsPattern(
				"(Index Scan( Backward)? using petition_published_agency_idx on petition|Bitmap Index Scan on petition_published_agency_idx)\\b");
	}

	/**
	 * Every agency's published answers (/qa and /api/v1/qa without an agency) are read in their order from
	 * the index on the published answers' time answered (V11.16) and cut at the page, not read through the
	 * index of published ones (published, kind) and sorted: the sort reads every published answer.
	 */
	@Test
	void everyAgencysPublishedAnswersReadTheIndexInTheirOrder() throws SQLException {
		for (String uri : List.of("/api/v1/qa", "/api/v1/qa?after=2026-01-01T08:00_PA000001-ABCD", "/qa")) {
			String plan = planOfThePublishedAnswersPage(uri);
			assertThat(plan).as("the plan of " + uri).containsPattern(
					"Index Scan Backward using petition_published_time_idx on petition\\b")
				.doesNotContainPattern("\\bSort\\b");
		}
	}

	/** The plan of the query that reads a page of the published answers at {@code uri}. */
	private String planOfThePublishedAnswersPage(String uri) throws SQLException {
		StatementLog.Executed page = StatementLog.record(() -> assertThat(mvc.get().uri(uri).exchange()).hasStatusOk())
			.stream()
			.filter(statement -> statement.sql().contains("FROM petition") && statement.sql().contains("ORDER BY"))
			.findFirst().orElseThrow(() -> new AssertionError("no query reads the published answers"));
		try (Connection connection = dataSource.getConnection()) {
			return StatementLog.explain(connection, page);
		}
	}

	private static StatementLog.Executed theQueryOfTheSteps(List<StatementLog.Executed> statements) {
		return theQueryReading("dossier_step", statements);
	}

	/** The one statement whose SQL holds {@code fragment}. */
	private static StatementLog.Executed theQueryReading(String fragment, List<StatementLog.Executed> statements) {
		return statements.stream()
			.filter(statement -> statement.sql().contains(fragment))
			.reduce((first, second) -> {
				throw new AssertionError("one query reads " + fragment + ": " + first.sql() + second.sql());
			})
			.orElseThrow(() -> new AssertionError("no query reads " + fragment));
	}

	private void record(Map<String, List<StatementLog.Executed>> requests, String name,
			java.util.function.Supplier<MvcTestResult> request) {
		requests.put(name, StatementLog.record(() -> assertThat(request.get()).hasStatusOk()));
	}

	private MvcTestResult as(String user, org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder request) {
		return request.with(httpBasic(user, DemoAccounts.PASSWORD)).exchange();
	}

}
