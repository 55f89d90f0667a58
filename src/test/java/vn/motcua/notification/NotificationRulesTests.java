package vn.motcua.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierStatusChanged;
import vn.motcua.shared.Actor;

/** The rules of the module without Spring: back-off, placeholders, contact details, SMS text. */
@Tag("rule")
class NotificationRulesTests {

	@Test
	void theBackoffDoublesUpToItsMaximum() {
		var retry = new NotificationProperties.Retry(8, Duration.ofMinutes(1), Duration.ofMinutes(10));
		assertThat(retry.backoffAfter(1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(retry.backoffAfter(2)).isEqualTo(Duration.ofMinutes(2));
		assertThat(retry.backoffAfter(4)).isEqualTo(Duration.ofMinutes(8));
		assertThat(retry.backoffAfter(5)).isEqualTo(Duration.ofMinutes(10));
		assertThat(retry.backoffAfter(60)).isEqualTo(Duration.ofMinutes(10));
	}

	@Test
	void placeholdersAreReplacedAndUnknownOnesNamed() {
		assertThat(Templates.render("Hồ sơ {code}: {status} {code}", Map.of("code", "X-1")))
			.isEqualTo("Hồ sơ X-1: {status} X-1");
		assertThat(Templates.render("$1 \\ {code}", Map.of("code", "$2"))).isEqualTo("$1 \\ $2");
		assertThat(Templates.unknownPlaceholders(Notice.DOSSIER_ACCEPTED, "{code} {appointment} {ma} {ma} {reason}"))
			.containsExactly("ma", "reason");
	}

	/** A text too long for its column loses the most of its longest free text, never its code or its link. */
	@Test
	void aTextTooLongForItsColumnIsShortenedInItsFreeText() {
		Map<String, String> values = Map.of("applicant", "Nguyễn Văn An", "code", "X-1", "reason",
				"Thiếu giấy tờ ".repeat(20).strip(), "link", "https://motcua.vn/x-1");
		String text = "{applicant}: hồ sơ {code} cần {reason}. {link}";

		assertThat(Templates.render(text, values, 1000)).isEqualTo(Templates.render(text, values));
		assertThat(Templates.render(text, values, 120)).hasSizeLessThanOrEqualTo(120).hasSizeGreaterThan(100)
			.startsWith("Nguyễn Văn An: hồ sơ X-1 cần Thiếu giấy tờ").endsWith(" giấy…. https://motcua.vn/x-1");
		assertThat(Templates.render("{code}: " + "Lời dặn. ".repeat(20), values, 40)).hasSizeLessThanOrEqualTo(40)
			.startsWith("X-1: Lời dặn.").endsWith("…");
		assertThat(Templates.shortened("ab😀cd", 4)).as("never half a character").isEqualTo("ab…");
	}

	@Test
	void onlyUsableContactDetailsReceiveMessages() {
		assertThat(Recipients.isEmail("an.nguyen@example.vn")).isTrue();
		assertThat(Recipients.isEmail("null")).isFalse();
		assertThat(Recipients.isPhone("0905 000 001")).isTrue();
		assertThat(Recipients.isPhone("+84905000001")).isTrue();
		assertThat(Recipients.isPhone("null")).isFalse();
	}

	@Test
	void timesReadNaturallyInEachLanguage() {
		LocalDateTime appointment = LocalDateTime.of(2026, 12, 8, 7, 30);
		assertThat(Recipients.format(appointment, "vi")).isEqualTo("07:30 ngày 08/12/2026");
		assertThat(Recipients.format(appointment, "en")).isEqualTo("07:30, 8 December 2026");
	}

	@Test
	void eachStatusChangeThatConcernsTheApplicantHasItsNotice() {
		assertThat(DossierNotices.noticeOf(change(null, DossierStatus.SUBMITTED))).isEqualTo(Notice.DOSSIER_SUBMITTED);
		assertThat(DossierNotices.noticeOf(change(DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.SUBMITTED))).isNull();
		assertThat(DossierNotices.noticeOf(change(DossierStatus.SUBMITTED, DossierStatus.RECEIVED)))
			.isEqualTo(Notice.DOSSIER_ACCEPTED);
		assertThat(DossierNotices.noticeOf(change(DossierStatus.IN_PROGRESS, DossierStatus.SUPPLEMENT_REQUESTED)))
			.isEqualTo(Notice.SUPPLEMENT_REQUESTED);
		assertThat(DossierNotices.noticeOf(change(DossierStatus.IN_PROGRESS, DossierStatus.PROCESSED)))
			.isEqualTo(Notice.RESULT_READY);
		assertThat(DossierNotices.noticeOf(change(DossierStatus.PROCESSED, DossierStatus.RETURNED)))
			.isEqualTo(Notice.RESULT_RETURNED);
		// a refusal at receipt, or during processing (processed, the refusal its result), is no result ready
		assertThat(DossierNotices.noticeOf(change(DossierStatus.SUBMITTED, DossierStatus.NOT_RECEIVED)))
			.isEqualTo(Notice.DOSSIER_REFUSED);
		assertThat(DossierNotices.noticeOf(refusal(DossierStatus.IN_PROGRESS, DossierStatus.PROCESSED)))
			.isEqualTo(Notice.DOSSIER_REFUSED);
		// a hand-over to a co-agency or an apology keeps the status: no status notice
		assertThat(DossierNotices.noticeOf(change(DossierStatus.IN_PROGRESS, DossierStatus.IN_PROGRESS))).isNull();
		assertThat(DossierNotices.noticeOf(change(DossierStatus.RECEIVED, DossierStatus.IN_PROGRESS))).isNull();
	}

	private static DossierStatusChanged change(DossierStatus previous, DossierStatus status) {
		return new DossierStatusChanged(new Actor("desk"), Instant.parse("2026-11-23T02:00:00Z"), UUID.randomUUID(),
				"000.00.31.H55-261123-0001", "000.00.31.H55", "1.013043.000.00.00.H55", previous, status, null);
	}

	private static DossierStatusChanged refusal(DossierStatus previous, DossierStatus status) {
		DossierStatusChanged change = change(previous, status);
		return new DossierStatusChanged(change.actor(), change.occurredAt(), change.dossierId(), change.code(),
				change.agencyCode(), change.procedureCode(), previous, status, "Không đủ điều kiện", true);
	}

	/**
	 * An SMS names the dossier and links to it, and leaves the free text (a reason, a name) to the e-mail
	 * and the page: so it stays one short text however long the reason. The refusal's, with a code and
	 * the applicant's link, fits one GSM text once its diacritics are removed.
	 */
	@Test
	void smsTemplatesCarryNoFreeTextAndTheRefusalFitsOneText() {
		Templates templates = new Templates(org.mockito.Mockito.mock(org.springframework.jdbc.core.simple.JdbcClient.class));
		for (Notice notice : Notice.values()) {
			for (String language : Templates.LANGUAGES) {
				assertThat(templates.byDefault(notice, NotificationChannel.SMS, language).body())
					.as(notice + " " + language)
					.doesNotContain("{reason}", "{applicant}", "{procedure}", "{title}");
			}
		}
		String code = "000.00.31.H55-261123-0001";
		java.util.Map<String, String> values = java.util.Map.of("code", code, "link",
				"https://dichvucong.sct.example.gov.vn/my/dossiers/" + code);
		for (String language : Templates.LANGUAGES) {
			String sms = Templates.render(templates.byDefault(Notice.DOSSIER_REFUSED, NotificationChannel.SMS, language)
				.body(), values);
			assertThat(SmsChannel.plain(sms)).as(sms).hasSizeLessThanOrEqualTo(160);
		}
	}

	@Test
	void smsTextLosesItsDiacriticsWhenAsked() {
		assertThat(SmsChannel.plain("Hồ sơ đã được tiếp nhận. ĐƯỜNG")).isEqualTo("Ho so da duoc tiep nhan. DUONG");
	}
}
