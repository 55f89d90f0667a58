package vn.motcua.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.text.Normalizer;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.audit.AuditFilter;
import vn.motcua.audit.AuditScope;
import vn.motcua.audit.AuditTrail;
import vn.motcua.identity.AccountManagement;
import vn.motcua.notification.Notice;
import vn.motcua.notification.NotificationChannel;
import vn.motcua.notification.NotificationManagement;
import vn.motcua.notification.NotificationMessage;
import vn.motcua.shared.Actor;
import vn.motcua.testing.AnswerNoticeKeys;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.WebTest;

/**
 * The petitioner is told that their petition was answered, at the contact they gave, with a link to
 * the answer; a denouncer too, while their identity never enters the event publication registry and
 * the notice's read of it is audited like any other; administrators see that the denouncer was told,
 * never at which address or number, nor the reading key in the link (which opens the answer). The link
 * with its key keeps the text message within one GSM text.
 */
@WebTest
class AnswerNoticeTests {

	static final Duration PATIENCE = Duration.ofSeconds(30);

	@Autowired
	PetitionManagement petitions;
	@Autowired
	AccountManagement accounts;
	@Autowired
	NotificationManagement notifications;
	@Autowired
	AuditTrail audit;
	@Autowired
	TransactionTemplate transactions;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	MockMvcTester mvc;

	@Test
	void theAskerIsEmailedALinkToTheAnswer() {
		Petition question = petitions.receive(PetitionFixtures.aQuestion("Giờ làm việc của bộ phận một cửa",
				"Bộ phận một cửa làm việc sáng thứ Bảy không?", null), Actor.ANONYMOUS);
		var leader = PetitionFixtures.officer(accounts, "leader");
		petitions.accept(question.code(), leader);

		petitions.answer(question.code(), "Có, từ 7 giờ 30 đến 11 giờ 30.", false, leader);

		NotificationMessage email = awaitMessage(question.code(), NotificationChannel.EMAIL);
		assertThat(email.recipient()).isEqualTo("hoi@example.vn");
		assertThat(email.recipientRedacted()).isFalse();
		assertThat(email.subject()).contains(question.code());
		assertThat(email.body()).contains("Giờ làm việc của bộ phận một cửa")
			.contains("/petitions/track?code=" + question.code());
		assertThat(messages(question.code(), NotificationChannel.SMS)).as("no phone given").isEmpty();
	}

	@Test
	void theDenouncerIsToldWithoutTheirIdentityInTheRegistryAndTheReadIsAudited() {
		Petition denunciation = petitions.receive(PetitionFixtures.aDenunciation(), Actor.ANONYMOUS);
		var specialist = PetitionFixtures.officer(accounts, "specialist");
		petitions.assign(denunciation.code(), specialist.accountId(), PetitionFixtures.officer(accounts, "unithead"));
		petitions.accept(denunciation.code(), specialist);

		// what the answer stores for listeners that run after the commit, seen before the commit (the
		// notice itself is queued in the answer's transaction, decision 0015)
		List<String> stored = transactions.execute(status -> {
			petitions.answer(denunciation.code(), "Nội dung tố cáo đúng một phần; đã xử lý.", false, specialist);
			status.setRollbackOnly();
			return jdbc.sql("SELECT serialized_event FROM event_publication").query(String.class).list();
		});
		assertThat(stored).as("publications").noneSatisfy(
				json -> assertThat(json).containsAnyOf("to.giac@example.vn", "0905123456", "Tố Giác"));

		petitions.answer(denunciation.code(), "Nội dung tố cáo đúng một phần; đã xử lý.", false, specialist);

		assertThat(List.of(awaitMessage(denunciation.code(), NotificationChannel.EMAIL),
				awaitMessage(denunciation.code(), NotificationChannel.SMS))).allSatisfy(message -> {
					assertThat(message.recipient()).as("the administrators' view").isNull();
					assertThat(message.recipientRedacted()).isTrue();
				});
		assertThat(jdbc.sql("SELECT recipient FROM notification_message WHERE record_code = ? ORDER BY channel")
			.param(denunciation.code()).query(String.class).list()).as("what the worker sends to")
			.containsExactly("to.giac@example.vn", "0905123456");
		assertThat(audit.entries(new AuditFilter("Petition", denunciation.code(), null, null, null, null),
				AuditScope.wholeTrail(), 0, 50).content())
			.anySatisfy(entry -> {
				assertThat(entry.action()).isEqualTo("petition.identity.read");
				assertThat(entry.actor()).isEqualTo(Actor.SYSTEM.name());
			});
	}

	@Test
	void anAdministratorSeesTheDenunciationsMessagesButNotTheDenouncersAddressOrNumber() {
		Petition denunciation = petitions.receive(PetitionFixtures.aDenunciation(), Actor.ANONYMOUS);
		var specialist = PetitionFixtures.officer(accounts, "specialist");
		petitions.assign(denunciation.code(), specialist.accountId(), PetitionFixtures.officer(accounts, "unithead"));
		petitions.accept(denunciation.code(), specialist);
		petitions.answer(denunciation.code(), "Nội dung tố cáo đúng một phần; đã xử lý.", false, specialist);
		awaitMessage(denunciation.code(), NotificationChannel.SMS);
		// an SMTP server's refusal quotes the address, in its own case
		jdbc.sql("UPDATE notification_message SET status = 'PERMANENT_FAILURE', last_error = ? WHERE record_code = ?"
				+ " AND channel = 'EMAIL'")
			.params("SMTP: 550 5.1.1 <TO.GIAC@example.vn>: Recipient address rejected", denunciation.code())
			.update();

		assertThat(mvc.get().uri("/admin/notifications/messages").param("code", denunciation.code())
			.with(httpBasic("admin", DemoAccounts.PASSWORD))).hasStatusOk().bodyText()
			.contains(denunciation.code(), "(ẩn danh tính người tố cáo)", "550 5.1.1 &lt;***&gt;")
			.doesNotContainIgnoringCase("to.giac@example.vn").doesNotContain("0905123456");
		assertThat(mvc.get().uri("/admin/notifications/messages").param("code", denunciation.code())
			.param("lang", "en").with(httpBasic("admin", DemoAccounts.PASSWORD))).hasStatusOk().bodyText()
			.contains("identity withheld)");
		MvcTestResult api = mvc.get().uri("/api/v1/admin/notifications/messages").param("code", denunciation.code())
			.with(httpBasic("admin", DemoAccounts.PASSWORD)).exchange();
		assertThat(api).hasStatusOk().bodyText().doesNotContainIgnoringCase("to.giac@example.vn")
			.doesNotContain("0905123456").contains("key=***").doesNotContain(readingKey(denunciation.code()));
		assertThat(api).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.totalElements").isEqualTo(2);
			assertThat(json).extractingPath("$.content[*].recipientRedacted").asArray().containsExactly(true, true);
		});
	}

	@Test
	void theDenouncersTextMessageCarriesTheReadingKeyInOneGsmText() {
		Petition denunciation = petitions.receive(PetitionFixtures.aDenunciation(), Actor.ANONYMOUS);
		var leader = PetitionFixtures.officer(accounts, "leader");
		petitions.accept(denunciation.code(), leader);
		petitions.answer(denunciation.code(), "Nội dung tố cáo đúng một phần; đã xử lý.", false, leader);

		String sms = jdbc.sql("SELECT body FROM notification_message WHERE record_code = ? AND channel = 'SMS'")
			.param(denunciation.code()).query(String.class).single();
		assertThat(sms).endsWith("/petitions/track?code=" + denunciation.code() + "&key=" + readingKey(denunciation.code()));
		// a province's address instead of localhost's, the diacritics stripped as the SMS channel may
		String province = Normalizer.normalize(sms.replace("http://localhost:8080", "https://dichvucong.quangngai.gov.vn")
			.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		assertThat(province).hasSizeLessThanOrEqualTo(160);
		assertThat(audit.entries(new AuditFilter("Petition", denunciation.code(), null, null, null, null),
				AuditScope.wholeTrail(), 0, 50).content())
			.as("the audit trail").noneSatisfy(entry -> assertThat(entry.summary())
				.contains(readingKey(denunciation.code())));
	}

	/** The reading key in the link the worker sends to the petitioner. */
	private String readingKey(String code) {
		return AnswerNoticeKeys.readingKey(jdbc, code);
	}

	private List<NotificationMessage> messages(String code, NotificationChannel channel) {
		return notifications.messages(null, code, 0, 100).content().stream()
			.filter(message -> message.notice() == Notice.PETITION_ANSWERED && message.channel() == channel)
			.toList();
	}

	private NotificationMessage awaitMessage(String code, NotificationChannel channel) {
		await().atMost(PATIENCE).until(() -> messages(code, channel), found -> !found.isEmpty());
		assertThat(messages(code, channel)).hasSize(1);
		return messages(code, channel).get(0);
	}
}
