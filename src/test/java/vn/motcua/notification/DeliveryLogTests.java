package vn.motcua.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.CurrentUser;
import vn.motcua.petition.Petition;
import vn.motcua.petition.PetitionChannel;
import vn.motcua.petition.PetitionKind;
import vn.motcua.petition.PetitionManagement;
import vn.motcua.petition.PetitionSubmission;
import vn.motcua.shared.Actor;
import vn.motcua.testing.AnswerNoticeKeys;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.WebTest;

/**
 * The embedded default writes messages to the log instead of sending them (no SMS gateway, no SMTP
 * server): a denouncer's answer notice is named there by its id only, never with their number,
 * address or the reading key that opens the answer; anyone else's with the middle of the number or
 * the name of the address withheld, and the reading key withheld. The contacts are this class's own,
 * so that no other test's messages count against their rate limit.
 */
@WebTest
@ExtendWith(OutputCaptureExtension.class)
class DeliveryLogTests {

	static final String DENOUNCER_PHONE = "0905246813";
	static final String DENOUNCER_EMAIL = "Nguoi.To.Cao@example.vn";

	@Autowired
	PetitionManagement petitions;
	@Autowired
	AccountManagement accounts;
	@Autowired
	NotificationManagement notifications;
	@Autowired
	DeliveryWorker worker;
	@Autowired
	JdbcClient jdbc;

	@Test
	void aDenouncersAnswerNoticeIsLoggedByItsIdOnly(CapturedOutput output) {
		String code = answered(PetitionKind.DENUNCIATION, "Lê Thị Tố Giác", DENOUNCER_PHONE, DENOUNCER_EMAIL);

		deliverAll();

		assertThat(output.getAll()).doesNotContain(DENOUNCER_PHONE).doesNotContainIgnoringCase(DENOUNCER_EMAIL)
			.doesNotContain(readingKey(code)).doesNotContain("Lê Thị Tố Giác")
			.contains(messageIds(code))
			.contains("(PETITION_ANSWERED) to a recipient whose identity is secret");
	}

	@Test
	void anyoneElsesNoticeIsLoggedWithTheRecipientMaskedAndTheReadingKeyWithheld(CapturedOutput output) {
		String code = answered(PetitionKind.QUESTION, "Nguyễn Hỏi", "0912345678", "hoi.dap@example.vn");

		deliverAll();

		assertThat(output.getAll()).doesNotContain("0912345678", "hoi.dap@example.vn", readingKey(code))
			.contains(messageIds(code))
			.contains("to 0912***678", "to h***@example.vn", code + "&key=***");
	}

	@Test
	void aFailedDeliveryIsLoggedWithoutASecretRecipientOrTheirError() {
		OutgoingMessage toDenouncer = new OutgoingMessage(UUID.randomUUID(), Notice.PETITION_ANSWERED,
				NotificationChannel.EMAIL, DENOUNCER_EMAIL, true, "Đơn đã được trả lời", "x", 0);
		OutgoingMessage toAsker = new OutgoingMessage(UUID.randomUUID(), Notice.PETITION_ANSWERED,
				NotificationChannel.EMAIL, "hoi.dap@example.vn", false, "Đơn đã được trả lời", "x", 0);
		String refusal = "SMTP: 550 5.1.1 <%s>: Recipient address rejected";

		assertThat(DeliveryLog.about(toDenouncer) + DeliveryLog.error(toDenouncer, refusal.formatted(DENOUNCER_EMAIL)))
			.contains(toDenouncer.id().toString()).doesNotContainIgnoringCase(DENOUNCER_EMAIL)
			.doesNotContain("Recipient address rejected"); // not "550", which a random message id may hold
		assertThat(DeliveryLog.error(toAsker, refusal.formatted("HOI.DAP@example.vn")))
			.isEqualTo("SMTP: 550 5.1.1 <h***@example.vn>: Recipient address rejected");
	}

	/** A petition of that kind with those contacts, accepted and answered by the leader; its code. */
	private String answered(PetitionKind kind, String name, String phone, String email) {
		Petition petition = petitions.receive(new PetitionSubmission(kind, PetitionChannel.WEB_FORM,
				"Thủ tục cấp phép bán lẻ rượu kéo dài", "Hồ sơ của tôi đã quá hạn mà chưa có kết quả.",
				kind == PetitionKind.DENUNCIATION ? "Ông Trần Văn Bị, cán bộ Đội QLTT số 3" : null, name,
				"12 Hùng Vương, Quảng Ngãi", phone, email, null, null, null, null, null, null, null), Actor.ANONYMOUS);
		CurrentUser leader = DemoAccounts.signedIn(accounts, "leader");
		petitions.accept(petition.code(), leader);
		petitions.answer(petition.code(), "Đã xem xét và xử lý.", false, leader);
		return petition.code();
	}

	private void deliverAll() {
		while (worker.deliverDue() > 0) {
			// until none is due
		}
	}

	/** The ids of the petition's messages, which must be sent (one by SMS, one by e-mail). */
	private String[] messageIds(String code) {
		List<NotificationMessage> messages = notifications.messages(null, code, 0, 10).content();
		assertThat(messages).hasSize(2).allSatisfy(message -> assertThat(message.status()).isEqualTo(MessageStatus.SENT));
		return messages.stream().map(message -> message.id().toString()).toArray(String[]::new);
	}

	private String readingKey(String code) {
		return AnswerNoticeKeys.readingKey(jdbc, code);
	}
}
