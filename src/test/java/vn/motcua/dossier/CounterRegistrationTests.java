package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.motcua.catalog.ApplicantKind;
import vn.motcua.catalog.Channel;
import vn.motcua.testing.DatabaseRaces;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.ErrorSummaries;
import vn.motcua.testing.WebTest;

/** The desk registers papers handed in at the counter or by post, counted and scanned. */
@WebTest
@Import(CounterRegistrationTests.HeldCommit.class)
class CounterRegistrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate jdbcTemplate;

	@Autowired
	DossierIntake intake;

	@Autowired
	HeldCommit heldCommit;

	@Test
	void aWalkInDossierIsRegisteredWithItsCountsAndScanAndLinkedToTheApplicantsAccount() {
		MvcTestResult result = register("COUNTER", DemoAccounts.CITIZEN, "0905000001");
		assertThat(result).hasStatus3xxRedirection();
		String code = result.getResponse().getRedirectedUrl().substring("/desk/dossiers/".length());
		assertThat(jdbc.sql("SELECT channel FROM dossier WHERE code = ?").param(code).query(String.class).single())
			.isEqualTo("COUNTER");
		assertThat(jdbc.sql("SELECT originals FROM dossier_document d JOIN dossier x ON x.id = d.dossier_id "
				+ "WHERE x.code = ? AND d.required_document_index = 0").param(code).query(Integer.class).single())
			.isEqualTo(1);
		assertThat(mvc.get().uri("/my/dossiers/{code}", code).with(httpBasic(DemoAccounts.CITIZEN, DemoAccounts.PASSWORD)))
			.as("the citizen sees a dossier registered for them at the desk").hasStatusOk();
		assertThat(mvc.get().uri("/desk/dossiers/{code}", code).with(httpBasic("desk", DemoAccounts.PASSWORD)))
			.bodyText().contains("Trực tiếp tại Bộ phận Một cửa").contains("Tiếp nhận hồ sơ");
	}

	@Test
	void aPostedDossierIsRegisteredOnThePostalChannel() {
		MvcTestResult result = register("POST", "051099000123", "0905111222");
		String code = result.getResponse().getRedirectedUrl().substring("/desk/dossiers/".length());
		assertThat(jdbc.sql("SELECT channel FROM dossier WHERE code = ?").param(code).query(String.class).single())
			.isEqualTo("POST");
	}

	@Test
	void aMalformedIdNumberOrPhoneIsExplainedAndNothingIsRegistered() {
		int before = jdbc.sql("SELECT COUNT(*) FROM dossier").query(Integer.class).single();
		assertThat(register("COUNTER", "12345", "0905000001")).hasStatusOk().bodyText()
			.contains("Số CCCD phải gồm đúng 12 chữ số");
		assertThat(register("COUNTER", "051090000001", "123")).hasStatusOk().bodyText()
			.contains("Số điện thoại không hợp lệ");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM dossier").query(Integer.class).single()).isEqualTo(before);
	}

	@Test
	void aPaperCountBelowZeroIsLinkedFromTheErrorSummaryToItsInputAndItsLabel() throws Exception {
		MvcTestResult page = registration("COUNTER", "051090000001", "0905000001", null)
			.param("documents[0].certifiedCopies", "-1").exchange();
		Element input = ErrorSummaries.linkTargets(page).stream()
			.filter(target -> target.attr("name").equals("documents[0].certifiedCopies")).findFirst().orElseThrow();
		assertThat(input.ownerDocument().getElementsByAttributeValue("for", input.id())).as("its label").hasSize(1);
	}

	@Test
	void theFormIsPrefilledFromTheApplicantsAccount() {
		assertThat(mvc.get().uri("/desk/dossiers/new?procedure={p}&account={a}", SubmissionFiles.ONLINE_PROCEDURE,
				DemoAccounts.CITIZEN).with(httpBasic("desk", DemoAccounts.PASSWORD)))
			.hasStatusOk().bodyText().contains("value=\"Nguyễn Văn An\"").contains("value=\"0905000001\"");
		assertThat(mvc.get().uri("/desk/dossiers/new?procedure={p}&account=999999999999", SubmissionFiles.ONLINE_PROCEDURE)
			.with(httpBasic("desk", DemoAccounts.PASSWORD)))
			.hasStatusOk().bodyText().contains("Không có tài khoản với số");
	}

	@Test
	void onlyTheDeskRegisters() {
		assertThat(mvc.get().uri("/desk/dossiers/new").with(httpBasic("specialist", DemoAccounts.PASSWORD)))
			.hasStatus(403);
		assertThat(mvc.get().uri("/desk/dossiers/new?q=xang dau").with(httpBasic("desk", DemoAccounts.PASSWORD)))
			.hasStatusOk().bodyText().contains("xăng dầu");
	}

	/**
	 * The registration form sent twice (a double click on a slow connection) registers one dossier;
	 * its key sent again with other papers is refused with a message.
	 */
	@Test
	void theFormSentTwiceRegistersOneDossierAndItsKeyServesNoOtherPapers() throws Exception {
		String key = formKey();
		String idNumber = "0510990" + String.format("%05d", java.util.concurrent.ThreadLocalRandom.current().nextInt(100000));

		MvcTestResult first = register("COUNTER", idNumber, "0905111333", key);
		MvcTestResult second = register("COUNTER", idNumber, "0905111333", key);
		assertThat(first).hasStatus3xxRedirection().redirectedUrl().startsWith("/desk/dossiers/");
		assertThat(second).hasStatus3xxRedirection().redirectedUrl().isEqualTo(first.getResponse().getRedirectedUrl());
		assertThat(dossiersOf(idNumber)).isEqualTo(1);

		assertThat(register("COUNTER", idNumber, "0905111444", key)).as("the key again, another phone").hasStatusOk()
			.bodyText().contains("đã được dùng để gửi nội dung khác");
		assertThat(dossiersOf(idNumber)).isEqualTo(1);
		assertThat(formKey()).as("each form shown has its own key").isNotEqualTo(key);
	}

	/**
	 * Two registrations with one key at the same moment: the later waits on the earlier's key, fails on
	 * it once the earlier commits, and gets the earlier's dossier; only one is registered. The earlier
	 * is held just before its commit, its dossier and key written.
	 */
	@Test
	void twoRegistrationsWithOneKeyAtOnceAreOneDossier() throws Exception {
		assumeTrue(DatabaseRaces.onPostgreSql(jdbcTemplate), "the race needs PostgreSQL's row locks to be observed");
		String idNumber = "0510980" + String.format("%05d", java.util.concurrent.ThreadLocalRandom.current().nextInt(100000));
		CounterRegistration papers = new CounterRegistration(SubmissionFiles.ONLINE_PROCEDURE, Channel.COUNTER,
				new Applicant(ApplicantKind.CITIZEN, "Trần Văn Hai", idNumber, "3 Quang Trung, Quảng Ngãi", "0905222333",
						null),
				1, List.of(new PaperDocument(0, 1, 0, 0, null), new PaperDocument(1, 0, 0, 1, null)),
				ResultDelivery.AT_DESK, null, UUID.randomUUID().toString());

		heldCommit.armed.set(true);
		CompletableFuture<Dossier> first = CompletableFuture.supplyAsync(() -> intake.registerAtDesk(papers));
		assertThat(heldCommit.reached.await(30, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<Dossier> second = CompletableFuture.supplyAsync(() -> intake.registerAtDesk(papers));
		await().atMost(Duration.ofSeconds(30)).until(() -> DatabaseRaces.aSessionWaitsForALock(jdbcTemplate));
		heldCommit.release.countDown();

		assertThat(second.get(30, TimeUnit.SECONDS).code()).isEqualTo(first.get(30, TimeUnit.SECONDS).code());
		assertThat(dossiersOf(idNumber)).isEqualTo(1);
	}

	/** Once armed, holds the next dossier's transaction just before it commits, until released. */
	static class HeldCommit {

		final AtomicBoolean armed = new AtomicBoolean();
		final CountDownLatch reached = new CountDownLatch(1);
		final CountDownLatch release = new CountDownLatch(1);

		@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
		void holdBeforeCommit(DossierSaved saved) {
			if (armed.compareAndSet(true, false)) {
				reached.countDown();
				DatabaseRaces.awaitQuietly(release);
			}
		}
	}

	private String formKey() throws Exception {
		String page = mvc.get().uri("/desk/dossiers/new?procedure={p}", SubmissionFiles.ONLINE_PROCEDURE)
			.with(httpBasic("desk", DemoAccounts.PASSWORD)).exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Matcher key = Pattern.compile("name=\"submissionKey\" value=\"([^\"]+)\"").matcher(page);
		assertThat(key.find()).as("the form carries its submission key").isTrue();
		return key.group(1);
	}

	private int dossiersOf(String idNumber) {
		return jdbc.sql("SELECT COUNT(*) FROM dossier WHERE applicant_id_number = ?").param(idNumber)
			.query(Integer.class).single();
	}

	private MvcTestResult register(String channel, String idNumber, String phone) {
		return register(channel, idNumber, phone, null);
	}

	private MvcTestResult register(String channel, String idNumber, String phone, String submissionKey) {
		return registration(channel, idNumber, phone, submissionKey).exchange();
	}

	private MockMvcTester.MockMultipartMvcRequestBuilder registration(String channel, String idNumber, String phone,
			String submissionKey) {
		var request = mvc.post().uri("/desk/dossiers").multipart();
		if (submissionKey != null) {
			request = request.param("submissionKey", submissionKey);
		}
		return request
			.file(new MockMultipartFile("document-0", "don-scan.pdf", "application/pdf", SubmissionFiles.pdf()))
			.param("procedure", SubmissionFiles.ONLINE_PROCEDURE)
			.param("channel", channel)
			.param("kind", "CITIZEN")
			.param("name", "Nguyễn Văn An")
			.param("idNumber", idNumber)
			.param("address", "12 Trần Hưng Đạo, Quảng Ngãi")
			.param("phone", phone)
			.param("email", "")
			.param("sets", "1")
			.param("documents[0].originals", "1")
			.param("documents[1].photocopies", "1")
			.param("delivery", "AT_DESK")
			.param("deliveryAddress", "")
			.with(httpBasic("desk", DemoAccounts.PASSWORD))
			.with(csrf());
	}
}
