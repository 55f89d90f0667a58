package vn.motcua.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.motcua.dossier.DossierIntake;
import vn.motcua.identity.AccountManagement;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.MutableClock;
import vn.motcua.testing.WebTest;

/**
 * The pages and API of the module: the SMS look-up webhook, the administrators' messages and
 * templates (and nobody else's), and the applicant's choice of channels.
 */
@WebTest
@Import(MutableClock.Configuration.class)
@TestPropertySource(properties = { "motcua.notification.worker.enabled=false",
		"motcua.notification.sms.inbound-secret=gateway-secret" })
class NotificationPagesTests {

	static final String SECRET = "gateway-secret";

	@Autowired
	MockMvcTester mvc;
	@Autowired
	DossierIntake intake;
	@Autowired
	AccountManagement accounts;
	@Autowired
	NotificationManagement notifications;
	@Autowired
	MutableClock clock;
	@Autowired
	MessageLimits limits;

	@AfterEach
	void realTime() {
		clock.reset();
	}

	@Test
	void tracuuIsAnsweredWithTheStatusAndNoPersonalData() {
		clock.set(Instant.parse("2026-11-22T03:00:00Z"));
		String code = submitted();
		assertThat(mvc.post().uri("/api/v1/desk/dossiers/{code}/acceptance", code)
			.with(httpBasic("desk", DemoAccounts.PASSWORD))).hasStatusOk();

		MvcTestResult reply = sms("0912345678", "TRACUU " + code, SECRET);
		assertThat(reply).hasStatusOk().bodyJson().extractingPath("$.to").isEqualTo("0912345678");
		assertThat(reply).bodyJson().extractingPath("$.text").asString()
			.isEqualTo("Hồ sơ " + code + " (Cấp thẻ Kiểm tra viên điện lực): Đã tiếp nhận. "
					+ "Hẹn trả kết quả: 07:30 ngày 08/12/2026.")
			.doesNotContain("Nguyễn Văn An", "0905000001", "051090000001");
		// lower case and extra spaces are forgiven
		assertThat(sms("0912345678", "  tracuu   " + code.toLowerCase(), SECRET)).bodyJson().extractingPath("$.text")
			.asString().contains("Đã tiếp nhận");
	}

	/**
	 * A refused dossier's look-up said only "Không được tiếp nhận": the reason follows, with its personal data
	 * hidden as on the public status page, and shortened to the SMS maximum with the code kept whole.
	 */
	@Test
	void tracuuOfARefusedDossierGivesTheReasonHiddenAndShortened() {
		String code = submitted();
		refuse(code, "Không thuộc thẩm quyền; liên hệ 0905123456");
		assertThat(sms("0912345601", "TRACUU " + code, SECRET)).hasStatusOk().bodyJson().extractingPath("$.text")
			.asString()
			.isEqualTo("Hồ sơ " + code + " (Cấp thẻ Kiểm tra viên điện lực): Không được tiếp nhận. "
					+ "Lý do từ chối: Không thuộc thẩm quyền; liên hệ [đã ẩn]");

		String longer = submitted();
		refuse(longer, "Thiếu giấy tờ hợp lệ theo quy định. ".repeat(40));
		assertThat(sms("0912345602", "TRACUU " + longer, SECRET)).bodyJson().extractingPath("$.text").asString()
			.hasSizeLessThanOrEqualTo(limits.body(NotificationChannel.SMS))
			.startsWith("Hồ sơ " + longer + " (").contains("Lý do từ chối: Thiếu giấy tờ").endsWith("…");
	}

	@Test
	void anUnknownOrMalformedCodeAndAnUnknownCommandAreToldClearly() {
		assertThat(sms("0912345678", "TRACUU 000.00.31.H55-261122-9999", SECRET)).hasStatusOk().bodyJson()
			.extractingPath("$.text").asString()
			.isEqualTo("Không tìm thấy hồ sơ có mã 000.00.31.H55-261122-9999. Vui lòng kiểm tra mã trên Giấy tiếp nhận "
					+ "hồ sơ và hẹn trả kết quả.");
		assertThat(sms("0912345678", "TRACUU abc", SECRET)).hasStatusOk().bodyJson().extractingPath("$.text")
			.asString().startsWith("Mã hồ sơ ABC không đúng định dạng.");
		assertThat(sms("0912345678", "XIN CHAO", SECRET)).hasStatusOk().bodyJson().extractingPath("$.text")
			.asString().startsWith("Cú pháp tra cứu hồ sơ: TRACUU <mã hồ sơ>");
	}

	@Test
	void theWebhookNeedsTheSharedSecret() {
		assertThat(sms("0912345678", "TRACUU 000.00.31.H55-261122-0001", "wrong")).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(sms("0912345678", "TRACUU 000.00.31.H55-261122-0001", null)).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void onlyAdministratorsSeeTheMessagesAndTemplates() {
		for (String page : new String[] { "/admin/notifications/messages", "/admin/notifications/templates",
				"/admin/notifications/templates/DOSSIER_ACCEPTED/EMAIL/vi" }) {
			assertThat(mvc.get().uri(page).with(httpBasic("admin", DemoAccounts.PASSWORD))).hasStatusOk();
			assertThat(mvc.get().uri(page).with(httpBasic("desk", DemoAccounts.PASSWORD))).hasStatus(HttpStatus.FORBIDDEN);
			assertThat(mvc.get().uri(page).with(httpBasic(DemoAccounts.CITIZEN, DemoAccounts.PASSWORD)))
				.hasStatus(HttpStatus.FORBIDDEN);
		}
		assertThat(mvc.get().uri("/api/v1/admin/notifications/messages").with(httpBasic("admin", DemoAccounts.PASSWORD)))
			.hasStatusOk();
		assertThat(mvc.get().uri("/api/v1/admin/notifications/messages").with(httpBasic("leader", DemoAccounts.PASSWORD)))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri("/api/v1/admin/notifications/messages/{id}/resend", UUID.randomUUID())
			.with(httpBasic("specialist", DemoAccounts.PASSWORD))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri("/api/v1/admin/notifications/messages/{id}/resend", UUID.randomUUID())
			.with(httpBasic("admin", DemoAccounts.PASSWORD))).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void theMessagesPageListsStatusesAndOffersResendOnlyForFailures() {
		String code = submitted();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> notifications.messages(null, code, 0, 10).totalElements() == 2);
		assertThat(mvc.get().uri("/admin/notifications/messages").param("code", code)
			.with(httpBasic("admin", DemoAccounts.PASSWORD))).hasStatusOk().bodyText()
			.contains(code, "Đang chờ gửi", "an.nguyen@example.vn", "0905000001")
			.doesNotContain("Gửi lại");
		assertThat(mvc.get().uri("/api/v1/admin/notifications/messages").param("code", code)
			.with(httpBasic("admin", DemoAccounts.PASSWORD))).hasStatusOk().bodyJson().satisfies(json -> {
				assertThat(json).extractingPath("$.totalElements").isEqualTo(2);
				assertThat(json).extractingPath("$.content[*].recordCode").asArray().containsExactly(code, code);
			});
	}

	@Test
	void anAdministratorPreviewsATemplateAndAnUnknownPlaceholderIsRefused() {
		String page = "/admin/notifications/templates/DOSSIER_ACCEPTED/EMAIL/vi";
		assertThat(mvc.post().uri(page).param("action", "preview").param("subject", "Hồ sơ {code}")
			.param("body", "Hẹn trả {appointment}").with(httpBasic("admin", DemoAccounts.PASSWORD)).with(csrf()))
			.hasStatusOk().bodyText().contains("Hồ sơ 000.00.31.H55-261123-0001", "Hẹn trả 07:30 ngày 08/12/2026");
		assertThat(mvc.post().uri(page).param("action", "save").param("subject", "Hồ sơ {ma}")
			.param("body", "Hẹn trả {appointment}").with(httpBasic("admin", DemoAccounts.PASSWORD)).with(csrf()))
			.hasStatusOk().bodyText().contains("Mẫu dùng biến không có: {ma}");
		assertThat(notifications.template(Notice.DOSSIER_ACCEPTED, NotificationChannel.EMAIL, "vi").customized()).isFalse();
	}

	/** The columns hold 4,000 characters of text and 500 of subject; more failed in the database (HTTP 500). */
	@Test
	void aTemplateTooLongIsRefusedBesideItsFieldInTheUsersLanguageAndKeptAsTyped() {
		String page = "/admin/notifications/templates/DOSSIER_ACCEPTED/EMAIL/vi";
		String body = "{code} " + "x".repeat(4000);
		assertThat(mvc.post().uri(page).param("action", "save").param("subject", "Hồ sơ {code}").param("body", body)
			.with(httpBasic("admin", DemoAccounts.PASSWORD)).with(csrf()))
			.hasStatusOk().bodyText()
			.contains("id=\"body-error\">Nội dung dài tối đa 4.000 ký tự; vui lòng rút gọn (hiện có 4.007 ký tự).")
			.contains(">" + body + "</textarea>");
		String subject = "{code} " + "x".repeat(500);
		assertThat(mvc.post().uri(page).param("action", "preview").param("subject", subject).param("body", "{code}")
			.cookie(new Cookie("motcua-lang", "en")).with(httpBasic("admin", DemoAccounts.PASSWORD)).with(csrf()))
			.hasStatusOk().bodyText()
			.contains("id=\"subject-error\">The e-mail subject may be at most 500 characters long")
			.contains("value=\"" + subject + "\"");
		assertThat(notifications.template(Notice.DOSSIER_ACCEPTED, NotificationChannel.EMAIL, "vi").customized()).isFalse();
	}

	/**
	 * An SMS has the gateway's maximum (459 characters by default): the page says so, the preview shows
	 * the message shortened as it will be sent, and a template whose own words already outgrow it is
	 * refused, since every message would lose its end.
	 */
	@Test
	void anSmsTemplateIsPreviewedAtTheGatewaysMaximumAndOneThatCannotFitIsRefused() {
		String page = "/admin/notifications/templates/SUPPLEMENT_REQUESTED/SMS/vi";
		assertThat(mvc.get().uri(page).with(httpBasic("admin", DemoAccounts.PASSWORD))).hasStatusOk().bodyText()
			.contains("Tin nhắn SMS dài tối đa 459 ký tự");
		// the code (25 characters), the link (64) and these words fit with the sample procedure (34) at 270
		// characters; at 340 the words still fit without it, so only the procedure is shortened
		String words = "Quý ông bà vui lòng mang theo bản chính để đối chiếu. ".repeat(14);
		assertThat(mvc.post().uri(page).param("action", "preview").param("body", "Hồ sơ {code}: {procedure}. "
				+ words.substring(0, 270) + " {link}").with(httpBasic("admin", DemoAccounts.PASSWORD)).with(csrf()))
			.hasStatusOk().bodyText().contains("Hồ sơ 000.00.31.H55-261123-0001: Cấp Giấy phép")
			.doesNotContain("Bản xem trước đã được rút gọn");
		assertThat(mvc.post().uri(page).param("action", "preview").param("body", "Hồ sơ {code}: {procedure}. "
				+ words.substring(0, 340) + " {link}").with(httpBasic("admin", DemoAccounts.PASSWORD))
			.with(csrf()))
			.hasStatusOk().bodyText().contains("Bản xem trước đã được rút gọn để vừa 459 ký tự")
			.contains("https://motcua.example.vn/my/dossiers/000.00.31.H55-261123-0001");
		assertThat(mvc.post().uri(page).param("action", "save").param("body", "Hồ sơ {code}. " + words + "{link}")
			.with(httpBasic("admin", DemoAccounts.PASSWORD)).with(csrf()))
			.hasStatusOk().bodyText().contains("id=\"body-error\">Tin nhắn SMS dài tối đa 459 ký tự");
		assertThat(notifications.template(Notice.SUPPLEMENT_REQUESTED, NotificationChannel.SMS, "vi").customized()).isFalse();
	}

	@Test
	void anApplicantChoosesTheirChannels() {
		UUID business = accounts.findByUsername(DemoAccounts.BUSINESS).orElseThrow().id();
		assertThat(mvc.get().uri("/my/notifications").with(httpBasic(DemoAccounts.BUSINESS, DemoAccounts.PASSWORD)))
			.hasStatusOk().bodyText().contains("lienhe@xangdausongtra.example.vn", "02553000003");
		assertThat(mvc.post().uri("/my/notifications").param("email", "true").param("language", "en")
			.with(httpBasic(DemoAccounts.BUSINESS, DemoAccounts.PASSWORD)).with(csrf()))
			.hasStatus3xxRedirection();
		assertThat(notifications.preferences(business)).isEqualTo(new NotificationPreferences(true, false, "en"));
		assertThat(mvc.get().uri("/my/notifications").with(httpBasic("admin", DemoAccounts.PASSWORD)))
			.hasStatus(HttpStatus.FORBIDDEN);
		notifications.savePreferences(business, NotificationPreferences.DEFAULT);
	}

	private MvcTestResult sms(String from, String text, String secret) {
		var request = mvc.post().uri("/api/v1/sms/inbound").contentType(MediaType.APPLICATION_JSON)
			.content("{\"from\":\"" + from + "\",\"text\":\"" + text + "\"}");
		if (secret != null) {
			request = request.header("X-MotCua-Webhook-Secret", secret);
		}
		return request.exchange();
	}

	private void refuse(String code, String reason) {
		assertThat(mvc.post().uri("/api/v1/desk/dossiers/{code}/refusal", code).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"" + reason + "\"}").with(httpBasic("desk", DemoAccounts.PASSWORD))).hasStatusOk();
	}

	private String submitted() {
		UUID citizen = accounts.findByUsername(DemoAccounts.CITIZEN).orElseThrow().id();
		return intake.submitOnline(citizen, NotificationTesting.anOnlineSubmission()).code();
	}
}
