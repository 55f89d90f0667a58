package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.motcua.identity.AccountManagement;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.MutableClock;
import vn.motcua.testing.WebTest;

/** The desk's decisions at receipt, with the appointment on the Vietnamese working calendar. */
@WebTest
@Import(MutableClock.Configuration.class)
class ReceiptDecisionsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DossierIntake intake;

	@Autowired
	AccountManagement accounts;

	@Autowired
	MutableClock clock;

	@AfterEach
	void realTime() {
		clock.reset();
	}

	@Test
	void acceptingOnASundaySetsTheAppointmentFromMondayAcrossCultureDay() {
		// Sunday 22 November 2026, 10:00: the clock starts on Monday 07:30; 24 November is a holiday
		clock.set(Instant.parse("2026-11-22T03:00:00Z"));
		String code = submitted();
		assertThat(post("/api/v1/desk/dossiers/{code}/acceptance", code, null)).hasStatusOk().bodyJson()
			.isLenientlyEqualTo("""
					{"status":"RECEIVED","nationalStatus":2,"appointmentAt":"2026-12-08T07:30:00+07:00"}""");
	}

	@Test
	void anIncompleteDossierGetsEveryMissingItemAndCannotBeAcceptedUntilCompleted() {
		String code = submitted();
		assertThat(post("/api/v1/desk/dossiers/{code}/completion-request", code,
				"{\"missingItems\":[\"Bản sao văn bằng chuyên môn có chứng thực\",\"Ảnh màu 3x4 cm\"]}"))
			.hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("SUPPLEMENT_REQUESTED");
		assertThat(post("/api/v1/desk/dossiers/{code}/acceptance", code, null)).hasStatus(400)
			.bodyJson().extractingPath("$.detail").asString().contains("không cho phép");
	}

	@Test
	void aRefusalNeedsAReasonAndEndsTheDossier() {
		String code = submitted();
		assertThat(post("/api/v1/desk/dossiers/{code}/refusal", code, "{\"reason\":\" \"}")).hasStatus(400)
			.bodyJson().extractingPath("$.errors.reason").isEqualTo("Vui lòng nêu lý do từ chối.");
		assertThat(post("/api/v1/desk/dossiers/{code}/refusal", code,
				"{\"reason\":\"Không thuộc thẩm quyền giải quyết của Sở Công Thương\"}"))
			.hasStatusOk().bodyJson().extractingPath("$.nationalStatus").isEqualTo(3);
	}

	@Test
	void onlyTheAgencysDeskDecides() {
		String code = submitted();
		assertThat(mvc.post().uri("/api/v1/desk/dossiers/{code}/acceptance", code)
			.with(httpBasic("specialist", DemoAccounts.PASSWORD))).hasStatus(403);
		assertThat(mvc.post().uri("/api/v1/desk/dossiers/{code}/acceptance", code)
			.with(httpBasic(DemoAccounts.CITIZEN, DemoAccounts.PASSWORD))).hasStatus(403);
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult post(String uri, String code, String json) {
		var request = mvc.post().uri(uri, code).with(httpBasic("desk", DemoAccounts.PASSWORD));
		if (json != null) {
			request = request.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		return request.exchange();
	}

	private String submitted() {
		UUID citizen = accounts.findByUsername(DemoAccounts.CITIZEN).orElseThrow().id();
		return intake.submitOnline(citizen, new OnlineSubmission(SubmissionFiles.ONLINE_PROCEDURE, "Quảng Ngãi",
				ResultDelivery.AT_DESK, null, null, SubmissionFiles.allFour())).code();
	}
}
