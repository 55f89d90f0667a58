package vn.motcua.dossier;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.catalog.ApplicantKind;
import vn.motcua.catalog.Channel;
import vn.motcua.identity.AccountManagement;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.MutableClock;
import vn.motcua.testing.WebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/** The slips of the decision at receipt (Mẫu 01, 02, 03), readable back as text with their contents. */
@WebTest
@Import(MutableClock.Configuration.class)
class DossierSlipsTests {

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
		assertThat(mvc.get().uri("/desk/dossiers/{code}/slips/receipt", code).with(as("desk"))).hasStatus(404);
		mvc.post().uri("/api/v1/desk/dossiers/{code}/acceptance", code).with(as("desk")).exchange();

		byte[] slip = mvc.get().uri("/desk/dossiers/{code}/slips/receipt", code).with(as("desk")).exchange().getResponse()
			.getContentAsByteArray();
		String text = text(slip);
		assertThat(text).contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ")
			.contains(code)
			.contains("Nguyễn Văn An")
			.contains("Cấp thẻ Kiểm tra viên điện lực")
			.contains("10 ngày làm việc")
			.contains("07 giờ 30 phút, ngày 08/12/2026")
			.contains("Lê Thị Hồng");

		assertThat(mvc.get().uri("/my/dossiers/{code}/slips/receipt", code).with(as(DemoAccounts.CITIZEN))).hasStatusOk()
			.hasContentType("application/pdf");
		assertThat(mvc.get().uri("/my/dossiers/{code}/slips/receipt", code).with(as(DemoAccounts.OTHER_CITIZEN)))
			.hasStatus(404);
	}

	@Test
	void theRequestToSupplementNamesEveryMissingItemAndTheRefusalItsReason() throws IOException {
		String incomplete = submitted();
		mvc.post().uri("/api/v1/desk/dossiers/{code}/completion-request", incomplete).with(as("desk"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"missingItems\":[\"Bản sao văn bằng chuyên môn có chứng thực\",\"Ảnh màu 3x4 cm\"]}").exchange();
		String supplement = text(mvc.get().uri("/desk/dossiers/{code}/slips/supplement-request", incomplete)
			.with(as("desk")).exchange().getResponse().getContentAsByteArray());
		assertThat(supplement).contains("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ").contains(incomplete)
			.contains("Bản sao văn bằng chuyên môn có chứng thực").contains("Ảnh màu 3x4 cm").contains("Lê Thị Hồng");

		String refused = submitted();
		mvc.post().uri("/api/v1/desk/dossiers/{code}/refusal", refused).with(as("desk"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"Không thuộc thẩm quyền giải quyết của Sở Công Thương\"}").exchange();
		String refusal = text(mvc.get().uri("/my/dossiers/{code}/slips/refusal", refused)
			.with(as(DemoAccounts.CITIZEN)).exchange().getResponse().getContentAsByteArray());
		assertThat(refusal).contains("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ")
			.contains("Không thuộc thẩm quyền giải quyết của Sở Công Thương");

		assertThat(mvc.get().uri("/desk/dossiers/{code}/slips/refusal", incomplete).with(as("desk"))).hasStatus(404);
		assertThat(mvc.get().uri("/desk/dossiers/{code}/slips/other", incomplete).with(as("desk"))).hasStatus(404);
	}

	/** A file uploaded online was printed with 0 originals, 0 certified copies and 0 photocopies. */
	@Test
	void theSlipListsUploadedFilesAsElectronicCopiesAndPapersWithTheirCounts() throws IOException {
		assertThat(acceptedReceiptSlip(submitted())).contains("Đơn đề nghị (theo mẫu) Bản điện tử: don-de-nghi.pdf")
			.contains("Ảnh màu 3x4 cm Bản điện tử: anh-3x4.png")
			.doesNotContain("0 0 0");

		String handedIn = intake.registerAtDesk(new CounterRegistration(SubmissionFiles.ONLINE_PROCEDURE, Channel.COUNTER,
				new Applicant(ApplicantKind.CITIZEN, "Trần Văn Hai", "051098000777", "3 Quang Trung, Quảng Ngãi", "0905222333",
						null),
				1, List.of(new PaperDocument(0, 1, 0, 0, null),
						new PaperDocument(1, 0, 2, 1, new UploadedFile(1, "cccd.png", SubmissionFiles.png())),
						new PaperDocument(2, 0, 0, 0, new UploadedFile(2, "van-bang.pdf", SubmissionFiles.pdf()))),
				ResultDelivery.AT_DESK, null, null)).code();
		assertThat(acceptedReceiptSlip(handedIn)).contains("Đơn đề nghị (theo mẫu) 1 0 0")
			.contains("(bản điện tử: cccd.png) 0 2 1")
			.contains("Bản sao văn bằng chuyên môn Bản điện tử: van-bang.pdf");
	}

	/** The receipt slip of the dossier once the desk accepted it, its words each parted by one space. */
	private String acceptedReceiptSlip(String code) throws IOException {
		mvc.post().uri("/api/v1/desk/dossiers/{code}/acceptance", code).with(as("desk")).exchange();
		return text(mvc.get().uri("/desk/dossiers/{code}/slips/receipt", code).with(as("desk")).exchange().getResponse()
			.getContentAsByteArray()).replaceAll("\\s+", " ");
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

	private static RequestPostProcessor as(String username) {
		return httpBasic(username, DemoAccounts.PASSWORD);
	}
}
