package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.WebTest;

/**
 * Online submission without JavaScript: the form is saved as a draft with its files, reviewed,
 * resumed later, and submitted once; a double click makes one dossier.
 */
@WebTest
class SubmissionPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theFormShowsTheProcedureTheApplicantAndOneFileInputPerDocument() {
		assertThat(mvc.get().uri("/dossiers/new?procedure={code}", SubmissionFiles.ONLINE_PROCEDURE).with(citizen()))
			.hasStatusOk()
			.bodyText()
			.contains("Cấp thẻ Kiểm tra viên điện lực")
			.contains("Nguyễn Văn An")
			.contains("name=\"document-0\"")
			.contains("name=\"document-3\"")
			.contains("name=\"draftId\"");
	}

	@Test
	void aDraftIsReviewedThenSubmittedOnceEvenWhenTheButtonIsPressedTwice() {
		String review = saveDraft("", true).getResponse().getRedirectedUrl();
		assertThat(review).startsWith("/dossiers/drafts/");
		assertThat(mvc.get().uri(review).with(citizen())).hasStatusOk().bodyText()
			.contains("Xem lại hồ sơ trước khi nộp").contains("cccd.png").contains("/submission");

		MvcTestResult first = mvc.post().uri(review + "/submission").with(citizen()).with(csrf()).exchange();
		MvcTestResult second = mvc.post().uri(review + "/submission").with(citizen()).with(csrf()).exchange();
		assertThat(first).hasStatus3xxRedirection();
		assertThat(second.getResponse().getRedirectedUrl()).isEqualTo(first.getResponse().getRedirectedUrl());
		String draftId = review.substring("/dossiers/drafts/".length());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM dossier WHERE idempotency_key = ?").param(draftId).query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(mvc.get().uri(first.getResponse().getRedirectedUrl()).with(citizen()))
			.bodyText().contains("Đã nộp hồ sơ. Mã hồ sơ của bạn là 000.00.31.H55-");
	}

	@Test
	void anIncompleteDraftIsSavedResumedAndCompletedWithoutLosingItsFiles() {
		String review = saveDraft("", false).getResponse().getRedirectedUrl();
		String draftId = review.substring("/dossiers/drafts/".length());
		assertThat(mvc.get().uri(review).with(citizen())).bodyText()
			.contains("Còn thiếu các thành phần bắt buộc").doesNotContain("/submission\"");
		assertThat(mvc.post().uri(review + "/submission").with(citizen()).with(csrf())).hasStatusOk().bodyText()
			.contains("Còn thiếu thành phần hồ sơ bắt buộc");
		assertThat(mvc.get().uri("/my/dossiers").with(citizen())).bodyText().contains(review);
		assertThat(mvc.get().uri(review + "/edit").with(citizen())).bodyText().contains("Đã tải lên: don.pdf");

		assertThat(saveDraft(draftId, true)).hasRedirectedUrl(review);
		assertThat(mvc.get().uri(review).with(citizen())).bodyText().doesNotContain("Còn thiếu").contains("don.pdf");
	}

	@Test
	void anotherApplicantNeverSeesADraftAndADiscardedDraftIsGone() {
		String review = saveDraft("", false).getResponse().getRedirectedUrl();
		assertThat(mvc.get().uri(review).with(httpBasic(DemoAccounts.OTHER_CITIZEN, DemoAccounts.PASSWORD)))
			.hasStatus(404);
		assertThat(mvc.post().uri(review + "/deletion").with(citizen()).with(csrf()))
			.hasRedirectedUrl("/my/dossiers?discarded");
		assertThat(mvc.get().uri(review).with(citizen())).hasStatus(404);
	}

	@Test
	void aBlankAddressIsNamedOnTheFormAndNothingIsSaved() {
		int before = jdbc.sql("SELECT COUNT(*) FROM dossier_draft").query(Integer.class).single();
		assertThat(mvc.post().uri("/dossiers/drafts").multipart()
			.param("procedure", SubmissionFiles.ONLINE_PROCEDURE).param("address", " ").param("delivery", "ONLINE")
			.param("deliveryAddress", "").param("draftId", "").with(citizen()).with(csrf()))
			.hasStatusOk().bodyText().contains("Vui lòng nhập địa chỉ của người nộp hồ sơ.");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM dossier_draft").query(Integer.class).single()).isEqualTo(before);
	}

	private MvcTestResult saveDraft(String draftId, boolean allDocuments) {
		var request = mvc.post().uri("/dossiers/drafts").multipart()
			.file(new MockMultipartFile("document-0", "don.pdf", "application/pdf", SubmissionFiles.pdf()))
			.file(new MockMultipartFile("document-1", "cccd.png", "image/png", SubmissionFiles.png()))
			.param("procedure", SubmissionFiles.ONLINE_PROCEDURE)
			.param("address", "12 Trần Hưng Đạo, Quảng Ngãi")
			.param("delivery", "AT_DESK")
			.param("deliveryAddress", "")
			.param("draftId", draftId)
			.with(citizen())
			.with(csrf());
		if (allDocuments) {
			request = request.file(new MockMultipartFile("document-2", "bang.pdf", "application/pdf", SubmissionFiles.pdf()))
				.file(new MockMultipartFile("document-3", "anh.png", "image/png", SubmissionFiles.png()));
		}
		return request.exchange();
	}

	private static RequestPostProcessor citizen() {
		return httpBasic(DemoAccounts.CITIZEN, DemoAccounts.PASSWORD);
	}
}
