package vn.motcua.dossier;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.identity.AccountManagement;
import vn.motcua.testing.ClientAddresses;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.MutableClock;
import vn.motcua.testing.WebTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Anyone with a dossier's code sees where it stands, and nothing personal. */
@WebTest
@Import(MutableClock.Configuration.class)
class DossierStatusLookupTests {

	@Autowired
	MutableClock clock;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DossierRepository dossiers;

	@Autowired
	AccountManagement accounts;

	@Test
	void theApiAnswersTheStatusWithItsNationalCodeAndNoPersonalData() {
		Dossier dossier = aReceivedDossier();
		assertThat(mvc.get().uri("/api/v1/dossiers/{code}/status", dossier.code()).with(fromClient("10.1.0.1")))
			.hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("""
					{"code":"%s","procedureCode":"1.000123.000.00.00.H55",
					 "procedureName":"Cấp Giấy phép bán lẻ sản phẩm rượu","status":"RECEIVED","nationalStatus":2,
					 "statusLabel":"Đã tiếp nhận","receivedAt":"2026-11-23T09:00:00+07:00","appointmentAt":"2026-12-07T09:00:00+07:00"}
					""".formatted(dossier.code()));
		assertThat(mvc.get().uri("/api/v1/dossiers/{code}/status", dossier.code()).with(fromClient("10.1.0.1")))
			.bodyText()
			.doesNotContain("Nguyễn Văn An")
			.doesNotContain("051090000001")
			.doesNotContain("0905000001")
			.doesNotContain("an.nguyen");
	}

	@Test
	void anUnknownCodeIsNotFoundAndAMalformedOneIsExplained() {
		assertThat(mvc.get().uri("/api/v1/dossiers/{code}/status", "000.00.31.H55-200101-0001").with(fromClient("10.1.0.2")))
			.hasStatus(404)
			.bodyJson().extractingPath("$.detail").asString().contains("Không tìm thấy hồ sơ");
		assertThat(mvc.get().uri("/api/v1/dossiers/{code}/status", "abc").header("Accept-Language", "en")
			.with(fromClient("10.1.0.2")))
			.hasStatus(400)
			.bodyJson().extractingPath("$.detail").asString().contains("is not valid");
	}

	@Test
	void thePageReachedFromTheQrCodeShowsTheStatusInVietnamese() {
		Dossier dossier = aReceivedDossier();
		assertThat(mvc.get().uri("/dossiers/{code}/status", dossier.code()).with(fromClient("10.1.0.3")))
			.hasStatusOk()
			.bodyText()
			.contains("Đã tiếp nhận")
			.contains("09:00 07/12/2026")
			.doesNotContain("Nguyễn Văn An");
		assertThat(mvc.get().uri("/dossiers/status?code=khong-co").with(fromClient("10.1.0.3"))).hasStatusOk()
			.bodyText().contains("không đúng định dạng").contains("aria-invalid=\"true\"");
	}

	@Test
	void aCodeTypedInLowerCaseFindsTheDossierOnThePageAndInTheApi() {
		String typed = aReceivedDossier().code().toLowerCase(Locale.ROOT);
		assertThat(mvc.get().uri("/dossiers/status?code={code}", " " + typed + " ").with(fromClient("10.1.0.4")))
			.hasStatusOk()
			.bodyText()
			.contains("Đã tiếp nhận")
			.doesNotContain("Không tìm thấy");
		assertThat(mvc.get().uri("/api/v1/dossiers/{code}/status", typed).with(fromClient("10.1.0.4")))
			.hasStatusOk()
			.bodyJson().extractingPath("$.status").isEqualTo("RECEIVED");
	}

	/** The refusal's notice leads an applicant without an account here: the page says why, and what next. */
	@Test
	void aDossierRefusedAtReceiptShowsTheReasonOnThePageAndInTheApi() {
		Dossier dossier = DossierFixtures.aSubmittedDossier();
		dossier.refuseAtReceipt("Không thuộc thẩm quyền của Sở", Instant.parse("2026-11-23T02:00:00Z"),
				DossierFixtures.DESK);
		String code = dossiers.save(dossier).code();
		assertThat(mvc.get().uri("/dossiers/{code}/status", code).with(fromClient("10.1.0.5")))
			.hasStatusOk()
			.bodyText()
			.contains("Không được tiếp nhận", "Từ chối tiếp nhận, giải quyết", "Không thuộc thẩm quyền của Sở",
					"có thể nộp hồ sơ mới");
		assertThat(mvc.get().uri("/api/v1/dossiers/{code}/status", code).with(fromClient("10.1.0.5")))
			.bodyJson().extractingPath("$.refusalReason").isEqualTo("Không thuộc thẩm quyền của Sở");
		assertThat(mvc.get().uri("/dossiers/{code}/status", aReceivedDossier().code()).with(fromClient("10.1.0.5")))
			.bodyText().doesNotContain("Từ chối tiếp nhận");
	}

	/**
	 * The text message of a stop says "Lý do và thông báo: {link}" and leads here: the page and the API give
	 * the stop's reason as the officer wrote it, and the applicant's own page says it beside the status.
	 */
	@Test
	void aStoppedDossierShowsTheReasonOnThePagesAndInTheApi() {
		String code = stoppedDossierOfTheCitizen("Cơ sở đã ngừng kinh doanh tại địa điểm đề nghị");
		assertThat(mvc.get().uri("/dossiers/{code}/status", code).with(fromClient("10.1.0.6")))
			.hasStatusOk()
			.bodyText()
			.contains("Dừng xử lý", "Dừng giải quyết hồ sơ", "Cơ sở đã ngừng kinh doanh tại địa điểm đề nghị",
					"vì lý do trên")
			.doesNotContain("Từ chối tiếp nhận", "Nguyễn Văn An");
		assertThat(mvc.get().uri("/api/v1/dossiers/{code}/status", code).with(fromClient("10.1.0.6")))
			.bodyJson().satisfies(json -> {
				assertThat(json).extractingPath("$.stopReason").isEqualTo("Cơ sở đã ngừng kinh doanh tại địa điểm đề nghị");
				assertThat(json).extractingPath("$.refusalReason").isNull();
			});
		assertThat(mvc.get().uri("/my/dossiers/{code}", code).with(theCitizen()))
			.hasStatusOk().bodyText().contains("Dừng giải quyết hồ sơ", "vì lý do trên");
		assertThat(mvc.get().uri("/api/v1/dossiers/{code}/status", aReceivedDossier().code()).with(fromClient("10.1.0.6")))
			.bodyJson().extractingPath("$.stopReason").isNull();
	}

	/**
	 * An officer may write the applicant's ID or phone number into a reason: the public page and API hide
	 * them, marked in the reader's language, and the applicant's own page shows the reason whole.
	 */
	@Test
	void thePersonalDataInAReasonIsHiddenOnThePublicPageAndApiOnly() {
		String code = stoppedDossierOfTheCitizen("Ông A, CCCD 051090000123, ĐT 0905 123 456, đã ngừng kinh doanh");
		assertThat(mvc.get().uri("/dossiers/{code}/status", code).with(fromClient("10.1.0.7")))
			.hasStatusOk().bodyText()
			.contains("Ông A, CCCD [đã ẩn], ĐT [đã ẩn], đã ngừng kinh doanh")
			.doesNotContain("051090000123", "0905 123 456");
		assertThat(mvc.get().uri("/api/v1/dossiers/{code}/status", code).header("Accept-Language", "en")
			.with(fromClient("10.1.0.7")))
			.bodyJson().extractingPath("$.stopReason")
			.isEqualTo("Ông A, CCCD [hidden], ĐT [hidden], đã ngừng kinh doanh");
		assertThat(mvc.get().uri("/my/dossiers/{code}", code).with(theCitizen()))
			.hasStatusOk().bodyText().contains("CCCD 051090000123, ĐT 0905 123 456");

		Dossier refused = DossierFixtures.aSubmittedDossier();
		refused.refuseAtReceipt("Liên hệ 0905123456 để nộp lại", Instant.parse("2026-11-23T02:00:00Z"),
				DossierFixtures.DESK);
		assertThat(mvc.get().uri("/api/v1/dossiers/{code}/status", dossiers.save(refused).code())
			.with(fromClient("10.1.0.7")))
			.bodyJson().extractingPath("$.refusalReason").isEqualTo("Liên hệ [đã ẩn] để nộp lại");
	}

	@AfterEach
	void realTime() {
		clock.reset();
	}

	/** 30 a minute, a token back every two seconds; the clock stands still, so however slow the machine none returns early. */
	@Test
	void lookUpsAreLimitedPerClient() {
		String code = aReceivedDossier().code();
		clock.reset();
		for (int i = 0; i < 30; i++) {
			assertThat(mvc.get().uri("/api/v1/dossiers/{code}/status", code).with(fromClient("10.9.9.9"))).hasStatusOk();
		}
		assertThat(mvc.get().uri("/api/v1/dossiers/{code}/status", code).with(fromClient("10.9.9.9")))
			.hasStatus(429)
			.headers().containsHeader("Retry-After");
		assertThat(mvc.get().uri("/dossiers/{code}/status", code).with(fromClient("10.9.9.9")))
			.hasStatus(429).bodyText().contains("Quá nhiều yêu cầu");
		assertThat(mvc.get().uri("/api/v1/dossiers/{code}/status", code).with(fromClient("10.9.9.8")))
			.as("another client is not affected").hasStatusOk();
		clock.advance(Duration.ofSeconds(2));
		assertThat(mvc.get().uri("/api/v1/dossiers/{code}/status", code).with(fromClient("10.9.9.9")))
			.as("one look-up again two seconds later").hasStatusOk();
		assertThat(mvc.get().uri("/api/v1/dossiers/{code}/status", code).with(fromClient("10.9.9.9")))
			.as("and only one").hasStatus(429);
	}

	/** A dossier of the demo citizen, received and then stopped for that reason; its code. */
	private String stoppedDossierOfTheCitizen(String reason) {
		UUID citizen = accounts.findByUsername(DemoAccounts.CITIZEN).orElseThrow().id();
		Dossier dossier = DossierFixtures.aSubmittedDossierOf(citizen);
		dossier.accept(Instant.parse("2026-11-23T02:00:00Z"), LocalDateTime.of(2026, 12, 7, 9, 0),
				"ND118-2025.1", DossierFixtures.DESK);
		dossier.stop(reason, Instant.parse("2026-11-25T02:00:00Z"), DossierFixtures.DESK);
		return dossiers.save(dossier).code();
	}

	private static RequestPostProcessor theCitizen() {
		return SecurityMockMvcRequestPostProcessors
			.httpBasic(DemoAccounts.CITIZEN, DemoAccounts.PASSWORD);
	}

	private Dossier aReceivedDossier() {
		Dossier dossier = DossierFixtures.aSubmittedDossier();
		dossier.accept(Instant.parse("2026-11-23T02:00:00Z"), LocalDateTime.of(2026, 12, 7, 9, 0),
				"ND118-2025.1", DossierFixtures.DESK);
		return dossiers.save(dossier);
	}

	private static RequestPostProcessor fromClient(String address) {
		return ClientAddresses.from(address);
	}
}
