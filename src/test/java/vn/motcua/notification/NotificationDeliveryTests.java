package vn.motcua.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.dossier.DossierIntake;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierStatusChanged;
import vn.motcua.dossier.ReceiptDecisions;
import vn.motcua.identity.AccountManagement;
import vn.motcua.shared.Actor;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.MutableClock;
import vn.motcua.testing.StatementLog;
import vn.motcua.testing.WebTest;

/**
 * Notices from the dossier's real events to a real SMTP server (GreenMail): sent once the change
 * commits, never for one rolled back, and exactly once across an outage of the server. The
 * worker's schedule is off; the tests run it by hand, moving the clock instead of waiting.
 */
@WebTest
@Import(MutableClock.Configuration.class)
@TestPropertySource(properties = { "motcua.notification.worker.enabled=false",
		"motcua.notification.retry.initial-backoff=PT1M", "motcua.notification.retry.max-attempts=5",
		"motcua.notification.rate-limit.per-recipient=1000" })
class NotificationDeliveryTests {

	static final int SMTP_PORT = NotificationTesting.freePort();
	/** Sunday 22 November 2026, 10:00 in Vietnam: accepted now, the appointment is 8 December, 07:30. */
	static final Instant SUNDAY = Instant.parse("2026-11-22T03:00:00Z");
	static final Duration PATIENCE = Duration.ofSeconds(30);

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

	@DynamicPropertySource
	static void smtpServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	@Autowired
	MockMvcTester mvc;
	@Autowired
	DossierIntake intake;
	@Autowired
	ReceiptDecisions receipt;
	@Autowired
	AccountManagement accounts;
	@Autowired
	NotificationManagement notifications;
	@Autowired
	DeliveryWorker worker;
	@Autowired
	DossierNotices notices;
	@Autowired
	TransactionTemplate transactions;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	MutableClock clock;

	@BeforeEach
	void sunday() {
		clock.set(SUNDAY);
		deliverAll(); // whatever earlier tests left queued, so that each test counts its own mails
		smtp.reset();
	}

	@AfterEach
	void realTime() {
		clock.reset();
	}

	@Test
	void theAcceptanceEmailCarriesTheCodeAndTheAppointmentInVietnamese() throws Exception {
		String code = submitted();
		accept(code);

		awaitMessage(code, Notice.DOSSIER_ACCEPTED, NotificationChannel.EMAIL);
		deliverAll();

		MimeMessage mail = single(mailsAbout(code, "tiếp nhận"));
		assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("an.nguyen@example.vn");
		assertThat(mail.getSubject()).isEqualTo("Hồ sơ " + code + " đã được tiếp nhận");
		assertThat(text(mail)).contains("Kính gửi Nguyễn Văn An")
			.contains("đã được tiếp nhận với mã hồ sơ " + code)
			.contains("Thời gian hẹn trả kết quả: 07:30 ngày 08/12/2026")
			.contains("/my/dossiers/" + code);
		assertThat(message(code, Notice.DOSSIER_ACCEPTED, NotificationChannel.EMAIL)).get()
			.satisfies(sent -> assertThat(sent.status()).isEqualTo(MessageStatus.SENT));
		// the applicant wants SMS too (the default): the log-only gateway of the embedded default took it
		assertThat(message(code, Notice.DOSSIER_ACCEPTED, NotificationChannel.SMS)).get()
			.satisfies(sms -> {
				assertThat(sms.recipient()).isEqualTo("0905000001");
				assertThat(sms.status()).isEqualTo(MessageStatus.SENT);
			});
	}

	@Test
	@WithUserDetails("desk")
	void aStateChangeThatRollsBackSendsNothing() throws Exception {
		String rolledBack = submitted();
		transactions.executeWithoutResult(status -> {
			receipt.accept(rolledBack);
			status.setRollbackOnly();
		});
		String committed = submitted();
		receipt.accept(committed);

		// the committed acceptance is queued and sent; had the other one been published, it would be too
		awaitMessage(committed, Notice.DOSSIER_ACCEPTED, NotificationChannel.EMAIL);
		deliverAll();
		assertThat(mailsAbout(committed, "tiếp nhận")).hasSize(1);
		assertThat(mailsAbout(rolledBack, "tiếp nhận")).isEmpty();
		assertThat(message(rolledBack, Notice.DOSSIER_ACCEPTED, NotificationChannel.EMAIL)).isEmpty();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE ?")
			.param("%" + rolledBack + "%RECEIVED%")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void anSmtpServerThatRefusesForAWhileGetsTheMessageOnceItRecoversExactlyOnce() throws Exception {
		smtp.stop(); // nothing listens on the port: every connection is refused
		String code = submitted();
		accept(code);
		awaitMessage(code, Notice.DOSSIER_ACCEPTED, NotificationChannel.EMAIL);

		deliverAll();
		NotificationMessage failed = message(code, Notice.DOSSIER_ACCEPTED, NotificationChannel.EMAIL).orElseThrow();
		assertThat(failed.status()).isEqualTo(MessageStatus.TEMPORARY_FAILURE);
		assertThat(failed.attempts()).isEqualTo(1);
		assertThat(failed.nextAttemptAt()).isAfter(clock.instant());

		// the second attempt waits for the back-off (1 minute), then doubles it (2 minutes)
		clock.advance(Duration.ofMinutes(1));
		deliverAll();
		NotificationMessage again = message(code, Notice.DOSSIER_ACCEPTED, NotificationChannel.EMAIL).orElseThrow();
		assertThat(again.status()).isEqualTo(MessageStatus.TEMPORARY_FAILURE);
		assertThat(again.attempts()).isEqualTo(2);
		assertThat(Duration.between(clock.instant(), again.nextAttemptAt())).isEqualTo(Duration.ofMinutes(2));

		smtp.start();
		clock.advance(Duration.ofMinutes(2));
		deliverAll();
		// once more later, and the event replayed (as after a crash): still one e-mail
		clock.advance(Duration.ofHours(1));
		deliverAll();
		notices.on(new DossierStatusChanged(new Actor("desk"), clock.instant(), dossierId(code), code, "000.00.31.H55",
				NotificationTesting.ONLINE_PROCEDURE, DossierStatus.SUBMITTED, DossierStatus.RECEIVED, null));
		deliverAll();

		assertThat(mailsAbout(code, "tiếp nhận")).hasSize(1);
		assertThat(text(single(mailsAbout(code, "tiếp nhận")))).contains("07:30 ngày 08/12/2026");
		assertThat(notifications.messages(null, code, 0, 50).content())
			.filteredOn(message -> message.notice() == Notice.DOSSIER_ACCEPTED
					&& message.channel() == NotificationChannel.EMAIL)
			.singleElement()
			.satisfies(sent -> {
				assertThat(sent.status()).isEqualTo(MessageStatus.SENT);
				assertThat(sent.attempts()).isEqualTo(3);
			});
	}

	@Test
	void aPermanentFailureIsResentByAnAdministratorOnce() throws Exception {
		smtp.stop();
		String code = submitted();
		accept(code);
		awaitMessage(code, Notice.DOSSIER_ACCEPTED, NotificationChannel.EMAIL);
		for (int attempt = 0; attempt < 5; attempt++) {
			deliverAll();
			clock.advance(Duration.ofHours(1));
		}
		NotificationMessage failed = message(code, Notice.DOSSIER_ACCEPTED, NotificationChannel.EMAIL).orElseThrow();
		assertThat(failed.status()).isEqualTo(MessageStatus.PERMANENT_FAILURE);
		assertThat(failed.attempts()).isEqualTo(5);

		smtp.start();
		assertThat(mvc.post().uri("/api/v1/admin/notifications/messages/{id}/resend", failed.id())
			.with(httpBasic("admin", DemoAccounts.PASSWORD))).hasStatus(202);
		deliverAll();
		assertThat(mailsAbout(code, "tiếp nhận")).hasSize(1);
		assertThat(message(code, Notice.DOSSIER_ACCEPTED, NotificationChannel.EMAIL)).get()
			.satisfies(sent -> assertThat(sent.status()).isEqualTo(MessageStatus.SENT));
		// a sent message is not resent
		assertThat(mvc.post().uri("/api/v1/admin/notifications/messages/{id}/resend", failed.id())
			.with(httpBasic("admin", DemoAccounts.PASSWORD))).hasStatus(400);
		deliverAll();
		assertThat(mailsAbout(code, "tiếp nhận")).hasSize(1);
	}

	@Test
	void theApplicantsChoiceOfChannelsDecidesWhatIsQueued() throws Exception {
		UUID other = accounts.findByUsername(DemoAccounts.OTHER_CITIZEN).orElseThrow().id();
		notifications.savePreferences(other, new NotificationPreferences(false, true, "en"));
		try {
			String code = intake.submitOnline(other, NotificationTesting.anOnlineSubmission()).code();
			accept(code);
			NotificationMessage sms = awaitMessage(code, Notice.DOSSIER_ACCEPTED, NotificationChannel.SMS);
			assertThat(sms.body()).startsWith("Dossier " + code + " received. Result due 07:30, 8 December 2026.");
			assertThat(message(code, Notice.DOSSIER_ACCEPTED, NotificationChannel.EMAIL)).isEmpty();
			assertThat(message(code, Notice.DOSSIER_SUBMITTED, NotificationChannel.EMAIL)).isEmpty();
		}
		finally {
			notifications.savePreferences(other, NotificationPreferences.DEFAULT);
		}
	}

	@Test
	void anEditedTemplateIsUsedForTheNextMessage() throws Exception {
		notifications.saveTemplate(Notice.DOSSIER_ACCEPTED, NotificationChannel.EMAIL, "vi", "Đã nhận hồ sơ {code}",
				"Mã {code}, hẹn {appointment}.");
		try {
			String code = submitted();
			accept(code);
			awaitMessage(code, Notice.DOSSIER_ACCEPTED, NotificationChannel.EMAIL);
			deliverAll();
			MimeMessage mail = single(mailsAbout(code, "Đã nhận"));
			assertThat(text(mail)).isEqualTo("Mã " + code + ", hẹn 07:30 ngày 08/12/2026.");
		}
		finally {
			notifications.resetTemplate(Notice.DOSSIER_ACCEPTED, NotificationChannel.EMAIL, "vi");
		}
	}

	@Test
	void anIncompleteDossierAndAnApologyAreToldWithTheirReasonAndTheNewDate() {
		String code = submitted();
		assertThat(decide(code, "completion-request", "{\"missingItems\":[\"Ảnh màu 3x4 cm\"]}")).hasStatusOk();
		assertThat(awaitMessage(code, Notice.SUPPLEMENT_REQUESTED, NotificationChannel.EMAIL).body())
			.contains("Hồ sơ " + code + " (Cấp thẻ Kiểm tra viên điện lực) cần bổ sung: Ảnh màu 3x4 cm.");

		// the dossier module publishes this beside its status event when an officer apologises
		notices.on(new vn.motcua.dossier.DossierApologized(clock.instant(), dossierId(code), code,
				"Cần xác minh thêm tại cơ sở", java.time.LocalDateTime.of(2026, 12, 15, 16, 0)));
		NotificationMessage apology = message(code, Notice.APOLOGY_ISSUED, NotificationChannel.EMAIL).orElseThrow();
		assertThat(apology.subject()).isEqualTo("Thư xin lỗi và hẹn lại ngày trả kết quả hồ sơ " + code);
		assertThat(apology.body()).contains("Lý do: Cần xác minh thêm tại cơ sở.",
				"Thời gian hẹn trả kết quả mới: 16:00 ngày 15/12/2026.");
	}

	/** The applicant must know that fees are due (the clock stands still until they pay) and that processing stopped. */
	@Test
	void feesDueAndAStopAreToldWithTheirReason() {
		String code = submitted();
		accept(code);
		assertThat(work("desk", code, "forward", "{}")).hasStatusOk();
		assertThat(work("unithead", code, "payment-request", "{\"reason\":\"Lệ phí cấp thẻ 200.000 đồng\"}")).hasStatusOk();
		assertThat(awaitMessage(code, Notice.FEES_REQUESTED, NotificationChannel.EMAIL).body())
			.contains("đề nghị Ông/Bà nộp: Lệ phí cấp thẻ 200.000 đồng.");
		assertThat(awaitMessage(code, Notice.FEES_REQUESTED, NotificationChannel.SMS).body()).contains(code);

		assertThat(work("unithead", code, "stop", "{\"reason\":\"Cơ sở đã ngừng hoạt động\"}")).hasStatusOk();
		NotificationMessage stopped = awaitMessage(code, Notice.DOSSIER_STOPPED, NotificationChannel.EMAIL);
		assertThat(stopped.subject()).isEqualTo("Thông báo dừng giải quyết hồ sơ " + code);
		assertThat(stopped.body()).contains("Lý do: Cơ sở đã ngừng hoạt động.");
	}

	/**
	 * A refusal (Mẫu 03 at receipt, the written refusal during processing) is told as a refusal with its
	 * reason and the way to the slip; never as a result that is ready, nor not at all.
	 */
	@Test
	void aRefusalAtReceiptOrDuringProcessingIsToldWithItsReason() {
		String atReceipt = submitted();
		assertThat(decide(atReceipt, "refusal", "{\"reason\":\"Thủ tục không thuộc thẩm quyền của Sở\"}")).hasStatusOk();
		assertThat(noticesAbout(atReceipt)).containsExactlyInAnyOrder("DOSSIER_SUBMITTED", "DOSSIER_REFUSED");

		String duringProcessing = submitted();
		accept(duringProcessing);
		assertThat(work("desk", duringProcessing, "forward", "{}")).hasStatusOk();
		assertThat(work("unithead", duringProcessing, "refusal", "{\"reason\":\"Cơ sở không đủ điều kiện\"}"))
			.hasStatusOk();
		assertThat(noticesAbout(duringProcessing)).containsExactlyInAnyOrder("DOSSIER_SUBMITTED", "DOSSIER_ACCEPTED",
				"DOSSIER_REFUSED");

		NotificationMessage refused = message(duringProcessing, Notice.DOSSIER_REFUSED, NotificationChannel.EMAIL)
			.orElseThrow();
		assertThat(refused.subject()).isEqualTo("Thông báo từ chối giải quyết hồ sơ " + duringProcessing);
		assertThat(refused.body()).contains("Lý do: Cơ sở không đủ điều kiện.", "/my/dossiers/" + duringProcessing);
		NotificationMessage sms = message(duringProcessing, Notice.DOSSIER_REFUSED, NotificationChannel.SMS)
			.orElseThrow();
		assertThat(sms.body()).contains(duringProcessing, "/my/dossiers/" + duringProcessing);
	}

	/** The notices queued about a dossier, by their e-mails (the clock stands still: in no particular order). */
	private List<String> noticesAbout(String code) {
		return notifications.messages(null, code, 0, 100).content().stream()
			.filter(message -> message.channel() == NotificationChannel.EMAIL)
			.map(message -> message.notice().name())
			.toList();
	}

	/** The desk's decision on a submitted dossier, through the API. */
	private org.springframework.test.web.servlet.assertj.MvcTestResult decide(String code, String decision, String json) {
		return mvc.post().uri("/api/v1/desk/dossiers/{code}/" + decision, code)
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON).content(json)
			.with(httpBasic("desk", DemoAccounts.PASSWORD)).exchange();
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult work(String officer, String code, String action,
			String json) {
		return mvc.post().uri("/api/v1/work/dossiers/{code}/" + action, code)
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON).content(json)
			.with(httpBasic(officer, DemoAccounts.PASSWORD)).exchange();
	}

	@Test
	void aRecipientGetsAtMostTheRateLimitPerWindowAndTheRestLater(@Autowired MessageQueue queue,
			@Autowired NotificationProperties properties, @Autowired SmsChannel sms) {
		RateLimited limited = twoPerHour(queue, properties, sms, 3);
		List<String> delivered = limited.delivered();

		deliverUntilNoneIsDue(limited.worker());
		assertThat(delivered).containsExactly("Tin 1", "Tin 2");

		clock.advance(Duration.ofMinutes(59));
		limited.worker().deliverDue();
		assertThat(delivered).hasSize(2);
		clock.advance(Duration.ofMinutes(1));
		limited.worker().deliverDue();
		assertThat(delivered).containsExactly("Tin 1", "Tin 2", "Tin 3");
	}

	/**
	 * A backlog over the rate limit is not a herd: each waiting message is due when a slot of its own
	 * frees, in turn, so that a freed slot takes one message and leaves the others as they are (all of
	 * them due at the first free slot and all but one put back again would cost work in proportion to
	 * the backlog at every slot).
	 */
	@Test
	void eachWaitingMessageWaitsForASlotOfItsOwn(@Autowired MessageQueue queue,
			@Autowired NotificationProperties properties, @Autowired SmsChannel sms) {
		RateLimited limited = twoPerHour(queue, properties, sms, 7);
		String recipient = limited.recipient();
		List<String> delivered = limited.delivered();
		Instant sent = clock.instant();
		deliverUntilNoneIsDue(limited.worker());
		assertThat(delivered).containsExactly("Tin 1", "Tin 2");
		Duration hour = Duration.ofHours(1);
		assertThat(waiting(recipient)).as("when each waiting message is due").containsExactly(
				Map.entry("Tin 3", sent.plus(hour)), Map.entry("Tin 4", sent.plus(hour)),
				Map.entry("Tin 5", sent.plus(hour.multipliedBy(2))),
				Map.entry("Tin 6", sent.plus(hour.multipliedBy(2))),
				Map.entry("Tin 7", sent.plus(hour.multipliedBy(3))));

		for (int hours = 1; hours <= 3; hours++) {
			clock.set(sent.plus(hour.multipliedBy(hours)));
			Map<String, Instant> before = waiting(recipient);
			deliverUntilNoneIsDue(limited.worker());
			Map<String, Instant> after = waiting(recipient);
			Map<String, Instant> kept = new LinkedHashMap<>(before);
			kept.keySet().retainAll(after.keySet());
			assertThat(after).as("the messages still waiting after %d h keep their slots", hours)
				.containsExactlyEntriesOf(kept);
			assertThat(before.size() - after.size()).as("messages sent %d h later", hours).isEqualTo(hours < 3 ? 2 : 1);
		}
		assertThat(delivered).hasSize(7).startsWith("Tin 1", "Tin 2")
			.containsExactlyInAnyOrder("Tin 1", "Tin 2", "Tin 3", "Tin 4", "Tin 5", "Tin 6", "Tin 7");
		assertThat(delivered.subList(2, 4)).containsExactlyInAnyOrder("Tin 3", "Tin 4");
		assertThat(delivered.subList(4, 6)).containsExactlyInAnyOrder("Tin 5", "Tin 6");
	}

	/**
	 * A recipient flooded with notices (a business submitting hundreds of dossiers) costs the worker a
	 * fixed number of round trips a batch, not three for each message it puts back: the rate limit is
	 * read once for the recipient, the slots are given in one query and written in one batch.
	 */
	@Test
	void puttingBackAFloodCostsTheSameRoundTripsAsAFewMessages(@Autowired MessageQueue queue,
			@Autowired NotificationProperties properties, @Autowired SmsChannel sms) {
		RateLimited few = twoPerHour(queue, properties, sms, 4);
		List<StatementLog.Executed> forFew = StatementLog.record(() -> few.worker().deliverDue());
		RateLimited flood = twoPerHour(queue, properties, sms, 12);
		List<StatementLog.Executed> forFlood = StatementLog.record(() -> flood.worker().deliverDue());

		assertThat(few.delivered()).containsExactly("Tin 1", "Tin 2");
		assertThat(flood.delivered()).containsExactly("Tin 1", "Tin 2");
		assertThat(waiting(flood.recipient())).as("every message of the flood waits for a slot").hasSize(10);
		assertThat(forFlood).as("round trips of a batch putting back 10 messages, against 2: %s",
				forFlood.stream().map(StatementLog.Executed::sql).toList()).hasSameSizeAs(forFew);
	}

	private static void deliverUntilNoneIsDue(DeliveryWorker worker) {
		while (worker.deliverDue() > 0) {
			// a batch was taken: more may be due
		}
	}

	/** A worker with a rate limit of two an hour, what its e-mail channel delivered, and its recipient. */
	record RateLimited(DeliveryWorker worker, List<String> delivered, String recipient) {
	}

	/**
	 * A new recipient with messages "Tin 1" to "Tin n" queued a second apart, and a worker with a rate
	 * limit of two messages an hour whose e-mail channel records what reaches that recipient.
	 */
	private RateLimited twoPerHour(MessageQueue queue, NotificationProperties properties, SmsChannel sms, int n) {
		String recipient = "rate-" + UUID.randomUUID() + "@example.vn";
		List<String> delivered = new CopyOnWriteArrayList<>();
		Channel recording = new Channel() {

			@Override
			public NotificationChannel kind() {
				return NotificationChannel.EMAIL;
			}

			@Override
			public void deliver(OutgoingMessage message) {
				if (message.recipient().equals(recipient)) {
					delivered.add(message.body());
				}
			}
		};
		var limit = NotificationTesting.with(properties, new NotificationProperties.RateLimit(2, Duration.ofHours(1)));
		for (int i = 1; i <= n; i++) {
			queue.enqueue(new QueuedMessage(recipient + "|" + i, Notice.RESULT_READY, NotificationChannel.EMAIL,
					recipient, false, null, null, "vi", "Thử " + i, "Tin " + i), clock.instant());
			clock.advance(Duration.ofSeconds(1));
		}
		return new RateLimited(new DeliveryWorker(queue, List.of(recording, sms), limit, transactions, clock), delivered,
				recipient);
	}

	/** The recipient's waiting messages and when each is due, in due order. */
	private Map<String, Instant> waiting(String recipient) {
		Map<String, Instant> due = new LinkedHashMap<>();
		jdbc.sql("SELECT body, next_attempt_at FROM notification_message WHERE recipient = ? AND status = 'QUEUED'"
				+ " ORDER BY next_attempt_at, body")
			.param(recipient)
			.query((rs, row) -> due.put(rs.getString("body"),
					rs.getObject("next_attempt_at", OffsetDateTime.class).toInstant()))
			.list();
		return due;
	}

	private String submitted() {
		UUID citizen = accounts.findByUsername(DemoAccounts.CITIZEN).orElseThrow().id();
		return intake.submitOnline(citizen, NotificationTesting.anOnlineSubmission()).code();
	}

	private void accept(String code) {
		assertThat(mvc.post().uri("/api/v1/desk/dossiers/{code}/acceptance", code)
			.with(httpBasic("desk", DemoAccounts.PASSWORD))).hasStatusOk();
	}

	private UUID dossierId(String code) {
		return jdbc.sql("SELECT id FROM dossier WHERE code = ?").param(code).query(UUID.class).single();
	}

	private void deliverAll() {
		while (worker.deliverDue() > 0) {
			// until nothing is due
		}
	}

	private Optional<NotificationMessage> message(String code, Notice notice, NotificationChannel channel) {
		List<NotificationMessage> found = notifications.messages(null, code, 0, 100).content().stream()
			.filter(message -> message.notice() == notice && message.channel() == channel)
			.toList();
		assertThat(found).hasSizeLessThanOrEqualTo(1);
		return found.stream().findFirst();
	}

	private NotificationMessage awaitMessage(String code, Notice notice, NotificationChannel channel) {
		return await().atMost(PATIENCE).until(() -> message(code, notice, channel), Optional::isPresent).orElseThrow();
	}

	private List<MimeMessage> mailsAbout(String code, String subjectWord) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(mail -> {
			try {
				return mail.getSubject().contains(code) && mail.getSubject().contains(subjectWord);
			}
			catch (MessagingException e) {
				throw new IllegalStateException(e);
			}
		}).toList();
	}

	private static MimeMessage single(List<MimeMessage> mails) {
		assertThat(mails).hasSize(1);
		return mails.get(0);
	}

	private static String text(MimeMessage mail) throws IOException, MessagingException {
		return String.valueOf(mail.getContent()).strip();
	}
}
