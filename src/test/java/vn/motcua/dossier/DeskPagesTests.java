package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.identity.AccountManagement;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.WebTest;

/** The desk's pages: what waits, each dossier's files, and decisions with their messages. */
@WebTest
class DeskPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DossierIntake intake;

	@Autowired
	AccountManagement accounts;

	@Test
	void theDeskSeesWhatWaitsAndOpensItsFiles() {
		String code = submitted();
		assertThat(mvc.get().uri("/desk/dossiers?q={code}", code).with(as("desk"))).hasStatusOk().bodyText().contains(code);
		assertThat(mvc.get().uri("/desk/dossiers/{code}", code).with(as("desk"))).hasStatusOk().bodyText()
			.contains("Nguyễn Văn An").contains("Tiếp nhận hồ sơ");
		assertThat(mvc.get().uri("/desk/dossiers/{code}/documents/0", code).with(as("desk"))).hasStatusOk()
			.hasContentType("application/pdf").body().isEqualTo(SubmissionFiles.pdf());
		assertThat(mvc.get().uri("/desk/dossiers/{code}/documents/9", code).with(as("desk"))).hasStatus(404);
	}

	/** Both pages said only "Qua bưu chính": the desk could not post the result, the applicant not check where. */
	@Test
	void theAddressOfADeliveryByPostIsShownToTheDeskAndTheApplicant() {
		UUID citizen = accounts.findByUsername(DemoAccounts.CITIZEN).orElseThrow().id();
		String address = "Số 12 đường Lê Lợi, phường Nghĩa Chánh, tỉnh Quảng Ngãi";
		String code = intake.submitOnline(citizen, new OnlineSubmission(SubmissionFiles.ONLINE_PROCEDURE, "Quảng Ngãi",
				ResultDelivery.BY_POST, address, null, SubmissionFiles.allFour())).code();
		assertThat(mvc.get().uri("/desk/dossiers/{code}", code).with(as("desk"))).hasStatusOk().bodyText()
			.contains("Qua bưu chính").contains("Địa chỉ nhận kết quả").contains(address);
		assertThat(mvc.get().uri("/my/dossiers/{code}", code).with(as(DemoAccounts.CITIZEN))).hasStatusOk().bodyText()
			.contains("Qua bưu chính").contains("Địa chỉ nhận kết quả").contains(address);
		assertThat(mvc.get().uri("/my/dossiers/{code}", submitted()).with(as(DemoAccounts.CITIZEN))).bodyText()
			.as("at the desk, no address").doesNotContain("Địa chỉ nhận kết quả");
	}

	@Test
	void aRequestToCompleteWithoutItemsAndARefusalWithoutReasonAreExplained() {
		String code = submitted();
		assertThat(mvc.post().uri("/desk/dossiers/{code}/completion-request", code).param("missingItems", " \n ")
			.with(as("desk")).with(csrf())).hasStatusOk().bodyText().contains("Vui lòng nêu ít nhất một giấy tờ còn thiếu.");
		assertThat(mvc.post().uri("/desk/dossiers/{code}/refusal", code).param("reason", "")
			.with(as("desk")).with(csrf())).hasStatusOk().bodyText().contains("Vui lòng nêu lý do từ chối.");
		assertThat(mvc.post().uri("/desk/dossiers/{code}/completion-request", code)
			.param("missingItems", "Bản sao văn bằng\nẢnh màu 3x4 cm").with(as("desk")).with(csrf()))
			.hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/desk/dossiers/{code}", code).with(as("desk"))).bodyText()
			.contains("Yêu cầu bổ sung giấy tờ").contains("Bản sao văn bằng; Ảnh màu 3x4 cm");
		assertThat(mvc.post().uri("/desk/dossiers/{code}/acceptance", code).with(as("desk")).with(csrf()))
			.hasStatus(400).bodyText().contains("không cho phép");
	}

	/** The reason of a refusal at receipt is published on the status page: the field says so. */
	@Test
	void theRefusalReasonSaysItIsPublished() {
		assertThat(mvc.get().uri("/desk/dossiers/{code}", submitted()).with(as("desk"))).hasStatusOk().bodyText()
			.contains("<p class=\"hint\" id=\"reason-public\">Lý do được công khai trên trang tra cứu")
			.contains("aria-describedby=\"reason-public\"");
	}

	@Test
	void theApplicantSendsWhatTheDeskAskedForAndTheDossierGoesBackToTheDesk() {
		String code = submitted();
		mvc.post().uri("/desk/dossiers/{code}/completion-request", code).param("missingItems", "Ảnh màu 3x4 cm rõ nét")
			.with(as("desk")).with(csrf()).exchange();
		assertThat(mvc.get().uri("/my/dossiers/{code}", code).with(as(DemoAccounts.CITIZEN))).bodyText()
			.contains("Bộ phận Một cửa yêu cầu bổ sung: Ảnh màu 3x4 cm rõ nét");
		assertThat(mvc.post().uri("/my/dossiers/{code}/completion", code).multipart()
			.with(as(DemoAccounts.CITIZEN)).with(csrf())).hasStatusOk().bodyText()
			.contains("Vui lòng chọn ít nhất một tệp để bổ sung.");
		assertThat(mvc.post().uri("/my/dossiers/{code}/completion", code).multipart()
			.file(new org.springframework.mock.web.MockMultipartFile("document-3", "anh-moi.png", "image/png",
					SubmissionFiles.png()))
			.with(as(DemoAccounts.CITIZEN)).with(csrf())).hasRedirectedUrl("/my/dossiers/" + code + "?completed");
		assertThat(mvc.get().uri("/desk/dossiers/{code}", code).with(as("desk"))).bodyText()
			.contains("/documents/4\"").contains("Mới đăng ký").contains("Tiếp nhận hồ sơ");
		assertThat(mvc.post().uri("/my/dossiers/{code}/completion", code).multipart()
			.file(new org.springframework.mock.web.MockMultipartFile("document-3", "x.png", "image/png", SubmissionFiles.png()))
			.with(as(DemoAccounts.OTHER_CITIZEN)).with(csrf())).hasStatus(404);
	}

	@Test
	void onlyTheDeskOpensTheDeskPages() {
		String code = submitted();
		assertThat(mvc.get().uri("/desk/dossiers").with(as("specialist"))).hasStatus(403);
		assertThat(mvc.get().uri("/desk/dossiers/{code}/documents/0", code).with(as(DemoAccounts.OTHER_CITIZEN)))
			.hasStatus(403);
		assertThat(mvc.post().uri("/desk/dossiers/{code}/acceptance", code).with(as("desk"))).hasStatus(403);
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
