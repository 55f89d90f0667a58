package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMultipartMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.identity.AccountManagement;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.MutableClock;
import vn.motcua.testing.WebTest;

/**
 * Online submission without JavaScript: the form is saved as a draft with its files, reviewed,
 * resumed later, and submitted once; a double click makes one draft and one dossier.
 */
@WebTest
@Import(MutableClock.Configuration.class)
class SubmissionPageTests {

	/** The hidden field that names the draft a form is for. */
	private static final Pattern DRAFT_ID = Pattern.compile("name=\"draftId\" value=\"([0-9a-f-]{36})\"");

	/** The hidden field that carries the form's own key. */
	private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("name=\"idempotencyKey\" value=\"([0-9a-f-]{36})\"");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	AccountManagement accounts;

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

	/** Refused only at submission, the applicant filled in the form and uploaded every file for nothing. */
	@Test
	void aProcedureNotOfferedOnlineSaysSoAndHowToSubmitItInsteadOfShowingTheForm() {
		assertThat(mvc.get().uri("/dossiers/new?procedure={code}", SubmissionFiles.COUNTER_ONLY_PROCEDURE).with(citizen()))
			.hasStatusOk()
			.bodyText()
			.contains("chưa cung cấp dịch vụ nộp hồ sơ trực tuyến")
			.contains("Nộp trực tiếp tại Bộ phận Một cửa", "Nộp qua dịch vụ bưu chính công ích")
			.contains("href=\"/procedures/" + SubmissionFiles.COUNTER_ONLY_PROCEDURE + "\"")
			.doesNotContain("name=\"document-0\"");
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

	/** A double tap on "Lưu bản nháp", or the browser sending the form again, gave the applicant two drafts. */
	@Test
	void theNewDraftFormSentTwiceStartsOneDraft() {
		String key = hiddenField(IDEMPOTENCY_KEY, mvc.get()
			.uri("/dossiers/new?procedure={code}", SubmissionFiles.ONLINE_PROCEDURE).with(citizen()).exchange());
		int before = draftsOfTheCitizen();

		MvcTestResult first = startDraft(key);
		MvcTestResult second = startDraft(key);
		assertThat(first).hasStatus3xxRedirection();
		assertThat(second).hasRedirectedUrl(first.getResponse().getRedirectedUrl());
		assertThat(draftsOfTheCitizen()).isEqualTo(before + 1);
	}

	/** The second request finds no draft yet, the first saves it meanwhile: the second's files go, its draft is the first's. */
	@Test
	void theNewDraftFormSentTwiceAtOnceStartsOneDraft() {
		String key = UUID.randomUUID().toString();
		int before = draftsOfTheCitizen();
		AtomicReference<MvcTestResult> first = new AtomicReference<>();
		clock.onNextReadingBy(DossierDrafts.class,
				() -> first.set(CompletableFuture.supplyAsync(() -> startDraft(key)).join()));

		MvcTestResult second = startDraft(key);
		assertThat(first.get()).hasStatus3xxRedirection();
		assertThat(second).hasRedirectedUrl(first.get().getResponse().getRedirectedUrl());
		assertThat(draftsOfTheCitizen()).isEqualTo(before + 1);
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

	@Test
	void theChosenFilesAreKeptWhenTheAddressIsMissingAndNeedNotBeChosenAgain() {
		MvcTestResult refused = saveDraft("", "", true);
		assertThat(refused).hasStatusOk().bodyText().contains("Vui lòng nhập địa chỉ của người nộp hồ sơ.")
			.contains("Đã tải lên: don.pdf").contains("Đã tải lên: cccd.png").contains("Đã tải lên: bang.pdf")
			.contains("Đã tải lên: anh.png");

		String draftId = draftIdOn(refused);
		assertThat(saveWithoutFiles(draftId, "12 Trần Hưng Đạo, Quảng Ngãi")).hasRedirectedUrl("/dossiers/drafts/" + draftId);
		assertThat(mvc.post().uri("/dossiers/drafts/" + draftId + "/submission").with(citizen()).with(csrf()))
			.hasStatus3xxRedirection();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM dossier_document d JOIN dossier ON dossier.id = d.dossier_id"
				+ " WHERE dossier.idempotency_key = ? AND d.file_id IS NOT NULL")
			.param(draftId).query(Integer.class).single()).isEqualTo(4);
	}

	@Test
	void aRefusedFileIsNamedAndTheOthersAreKept() {
		MvcTestResult refused = mvc.post().uri("/dossiers/drafts").multipart()
			.file(new MockMultipartFile("document-0", "don.pdf", "application/pdf", SubmissionFiles.pdf()))
			.file(new MockMultipartFile("document-1", "cccd.png", "image/png", SubmissionFiles.png()))
			.file(new MockMultipartFile("document-2", "bang.pdf", "application/pdf", SubmissionFiles.executable()))
			.param("procedure", SubmissionFiles.ONLINE_PROCEDURE).param("address", "12 Trần Hưng Đạo, Quảng Ngãi")
			.param("delivery", "AT_DESK").param("deliveryAddress", "").param("draftId", "")
			.with(citizen()).with(csrf()).exchange();
		assertThat(refused).hasStatusOk().bodyText().contains("Tệp &quot;bang.pdf&quot; không đúng loại được nhận")
			.contains("Đã tải lên: don.pdf").contains("Đã tải lên: cccd.png").doesNotContain("Đã tải lên: bang.pdf");

		String draftId = draftIdOn(refused);
		assertThat(jdbc.sql("SELECT address FROM dossier_draft WHERE id = ?").param(UUID.fromString(draftId)).query(String.class)
			.single()).isEqualTo("12 Trần Hưng Đạo, Quảng Ngãi");
		assertThat(saveDraft(draftId, true)).hasRedirectedUrl("/dossiers/drafts/" + draftId);
	}

	@Test
	void aNewFileOfADraftIsKeptWhenTheAddressIsTooLong() {
		String review = saveDraft("", false).getResponse().getRedirectedUrl();
		String draftId = review.substring("/dossiers/drafts/".length());
		assertThat(mvc.post().uri("/dossiers/drafts").multipart()
			.file(new MockMultipartFile("document-2", "bang.pdf", "application/pdf", SubmissionFiles.pdf()))
			.param("procedure", SubmissionFiles.ONLINE_PROCEDURE).param("address", "x".repeat(501))
			.param("delivery", "AT_DESK").param("deliveryAddress", "").param("draftId", draftId)
			.with(citizen()).with(csrf()))
			.hasStatusOk().bodyText().contains("Địa chỉ dài quá 500 ký tự.").contains("Đã tải lên: bang.pdf")
			.contains("Đã tải lên: don.pdf");
		assertThat(jdbc.sql("SELECT address FROM dossier_draft WHERE id = ?").param(UUID.fromString(draftId)).query(String.class)
			.single()).isEqualTo("12 Trần Hưng Đạo, Quảng Ngãi");
	}

	@Test
	void anotherApplicantCannotKeepAFileOnSomeoneElsesDraft() {
		String review = saveDraft("", false).getResponse().getRedirectedUrl();
		String draftId = review.substring("/dossiers/drafts/".length());
		assertThat(mvc.post().uri("/dossiers/drafts").multipart()
			.file(new MockMultipartFile("document-2", "la.pdf", "application/pdf", SubmissionFiles.pdf()))
			.param("procedure", SubmissionFiles.ONLINE_PROCEDURE).param("address", "").param("delivery", "AT_DESK")
			.param("deliveryAddress", "").param("draftId", draftId)
			.with(httpBasic(DemoAccounts.OTHER_CITIZEN, DemoAccounts.PASSWORD)).with(csrf()))
			.hasStatus(404);
		assertThat(jdbc.sql("SELECT file_name FROM dossier_draft_file WHERE draft_id = ?::uuid ORDER BY position")
			.param(draftId).query(String.class).list()).containsExactly("don.pdf", "cccd.png");
	}

	private int draftsOfTheCitizen() {
		UUID citizen = accounts.findByUsername(DemoAccounts.CITIZEN).orElseThrow().id();
		return jdbc.sql("SELECT COUNT(*) FROM dossier_draft WHERE account_id = ?").param(citizen).query(Integer.class)
			.single();
	}

	private MvcTestResult startDraft(String idempotencyKey) {
		return draftForm("", "12 Trần Hưng Đạo, Quảng Ngãi", true).param("idempotencyKey", idempotencyKey).exchange();
	}

	private MvcTestResult saveWithoutFiles(String draftId, String address) {
		return mvc.post().uri("/dossiers/drafts").multipart()
			.param("procedure", SubmissionFiles.ONLINE_PROCEDURE).param("address", address).param("delivery", "AT_DESK")
			.param("deliveryAddress", "").param("draftId", draftId).with(citizen()).with(csrf()).exchange();
	}

	/** The draft the form came back for, from its hidden field. */
	private static String draftIdOn(MvcTestResult page) {
		return hiddenField(DRAFT_ID, page);
	}

	private static String hiddenField(Pattern field, MvcTestResult page) {
		Matcher value = field.matcher(new String(page.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
		assertThat(value.find()).as("the form carries %s", field).isTrue();
		return value.group(1);
	}

	private MvcTestResult saveDraft(String draftId, boolean allDocuments) {
		return saveDraft(draftId, "12 Trần Hưng Đạo, Quảng Ngãi", allDocuments);
	}

	private MvcTestResult saveDraft(String draftId, String address, boolean allDocuments) {
		return draftForm(draftId, address, allDocuments).exchange();
	}

	private MockMultipartMvcRequestBuilder draftForm(String draftId, String address, boolean allDocuments) {
		var request = mvc.post().uri("/dossiers/drafts").multipart()
			.file(new MockMultipartFile("document-0", "don.pdf", "application/pdf", SubmissionFiles.pdf()))
			.file(new MockMultipartFile("document-1", "cccd.png", "image/png", SubmissionFiles.png()))
			.param("procedure", SubmissionFiles.ONLINE_PROCEDURE)
			.param("address", address)
			.param("delivery", "AT_DESK")
			.param("deliveryAddress", "")
			.param("draftId", draftId)
			.with(citizen())
			.with(csrf());
		if (allDocuments) {
			request = request.file(new MockMultipartFile("document-2", "bang.pdf", "application/pdf", SubmissionFiles.pdf()))
				.file(new MockMultipartFile("document-3", "anh.png", "image/png", SubmissionFiles.png()));
		}
		return request;
	}

	private static RequestPostProcessor citizen() {
		return httpBasic(DemoAccounts.CITIZEN, DemoAccounts.PASSWORD);
	}
}
