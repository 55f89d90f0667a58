package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.io.IOException;
import java.time.Instant;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.motcua.identity.AccountManagement;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.MutableClock;
import vn.motcua.testing.WebTest;

/** Mẫu số 01 for a received dossier: its code, the applicant, the appointment, readable back as text. */
@WebTest
@Import(MutableClock.Configuration.class)
class ReceiptSlipTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DossierIntake intake;

	@Autowired
	ReceiptDecisions decisions;

	@Autowired
	AccountManagement accounts;

	@Autowired
	MutableClock clock;

	@AfterEach
	void realTime() {
		clock.reset();
	}

	@Test
	void theSlipOfAReceivedDossierReadsBackWithItsCodeNameAndAppointment() throws IOException {
		clock.set(Instant.parse("2026-11-22T03:00:00Z"));
		String code = submitted();
		assertThat(mvc.get().uri("/desk/dossiers/{code}/receipt", code).with(as("desk"))).hasStatus(404);
		mvc.post().uri("/api/v1/desk/dossiers/{code}/acceptance", code).with(as("desk")).exchange();

		byte[] slip = mvc.get().uri("/desk/dossiers/{code}/receipt", code).with(as("desk")).exchange().getResponse()
			.getContentAsByteArray();
		String text = text(slip);
		assertThat(text).contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ")
			.contains(code)
			.contains("Nguyễn Văn An")
			.contains("Cấp thẻ Kiểm tra viên điện lực")
			.contains("10 ngày làm việc")
			.contains("07 giờ 30 phút, ngày 08/12/2026")
			.contains("Lê Thị Hồng");

		assertThat(mvc.get().uri("/my/dossiers/{code}/receipt", code).with(as(DemoAccounts.CITIZEN))).hasStatusOk()
			.hasContentType("application/pdf");
		assertThat(mvc.get().uri("/my/dossiers/{code}/receipt", code).with(as(DemoAccounts.OTHER_CITIZEN)))
			.hasStatus(404);
	}

	static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	private String submitted() {
		UUID citizen = accounts.findByUsername(DemoAccounts.CITIZEN).orElseThrow().id();
		return intake.submitOnline(citizen, new OnlineSubmission(SubmissionFiles.ONLINE_PROCEDURE, "Quảng Ngãi",
				ResultDelivery.AT_DESK, null, null, SubmissionFiles.allFour())).code();
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
		return httpBasic(username, DemoAccounts.PASSWORD);
	}
}
