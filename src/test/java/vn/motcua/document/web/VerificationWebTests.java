package vn.motcua.document.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.motcua.document.DocumentFixtures;
import vn.motcua.document.PdfRenderer;
import vn.motcua.document.ResultSigner;
import vn.motcua.testing.WebTest;

/**
 * Anyone checks a signed result on the page (with CSRF) or through the API (without): intact,
 * tampered and unsigned files get their verdict; what is not a PDF, empty or too large is refused
 * with a reason in the caller's language.
 */
@WebTest
class VerificationWebTests {

	static final String API = "/api/v1/verifications";

	@Autowired
	MockMvcTester mvc;
	@Autowired
	PdfRenderer renderer;
	@Autowired
	ResultSigner signer;
	DocumentFixtures documents;

	@BeforeEach
	void fixtures() {
		documents = new DocumentFixtures(renderer, signer);
	}

	static MockMultipartFile upload(byte[] content) {
		return new MockMultipartFile("file", "ket-qua.pdf", "application/pdf", content);
	}

	@Test
	void thePageOffersAnAccessibleUploadFormToAnyone() {
		assertThat(mvc.get().uri("/verify")).hasStatusOk()
			.bodyText()
			.contains("Kiểm tra chữ ký số trên văn bản", "enctype=\"multipart/form-data\"", "name=\"_csrf\"",
					"<label for=\"file\"", "aria-describedby=\"file-hint\"", "dung lượng tối đa 8 MB");
	}

	@Test
	void thePageShowsAnIntactSignedResult() {
		assertThat(mvc.post().uri("/verify").multipart().file(upload(documents.aSignedSlip().content())).with(csrf()))
			.hasStatusOk()
			.bodyText()
			.contains("data-intact=\"true\"", "Văn bản còn nguyên vẹn từ khi ký.", "CN=Sở Công Thương",
					"MotCua development certificate");
	}

	@Test
	void thePageShowsATamperedResultAsBroken() {
		assertThat(mvc.post().uri("/verify").multipart().file(upload(documents.aTamperedSlip())).with(csrf()))
			.hasStatusOk()
			.bodyText()
			.contains("data-intact=\"false\"", "data-integrity=\"BROKEN\"", "Chữ ký không hợp lệ");
	}

	@Test
	void thePageRefusesAFileThatIsNotAPdfBesideTheField() {
		byte[] text = "Đây không phải tệp PDF".getBytes(StandardCharsets.UTF_8);

		assertThat(mvc.post().uri("/verify").multipart().file(upload(text)).with(csrf()))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("id=\"file-error\"", "aria-invalid=\"true\"", "aria-describedby=\"file-hint file-error\"",
					"không phải là tệp PDF");
	}

	@Test
	void thePageFormKeepsItsCsrfProtection() {
		assertThat(mvc.post().uri("/verify").multipart().file(upload(documents.aSignedSlip().content())))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void theApiAnswersAnAnonymousCallerWithTheVerdict() {
		var signed = documents.aSignedSlip();

		var json = assertThat(mvc.post().uri(API).multipart().file(upload(signed.content()))).hasStatusOk().bodyJson();
		json.extractingPath("$.sha256").isEqualTo(signed.sha256());
		json.extractingPath("$.intact").isEqualTo(true);
		json.extractingPath("$.signatures[0].valid").isEqualTo(true);
		json.extractingPath("$.signatures[0].coversWholeDocument").isEqualTo(true);
		json.extractingPath("$.signatures[0].certificateTrusted").isEqualTo(true);
		json.extractingPath("$.signatures[0].documentIntegrity").isEqualTo("INTACT");
		json.extractingPath("$.signatures[0].subFilter").isEqualTo("ETSI.CAdES.detached");
	}

	@Test
	void theApiReportsATamperedFileAsBroken() {
		var json = assertThat(mvc.post().uri(API).multipart().file(upload(documents.aTamperedSlip()))).hasStatusOk()
			.bodyJson();
		json.extractingPath("$.intact").isEqualTo(false);
		json.extractingPath("$.signatures[0].valid").isEqualTo(false);
		json.extractingPath("$.signatures[0].documentIntegrity").isEqualTo("BROKEN");
	}

	@Test
	void aRenamedFileThatIsNotAPdfIsAProblemInTheCallersLanguage() {
		byte[] png = Arrays.copyOf(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n' }, 64);

		assertThat(mvc.post().uri(API).multipart().file(upload(png))).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("không phải là tệp PDF");
		assertThat(mvc.post().uri(API).multipart().file(upload(png)).header("Accept-Language", "en"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("is not a PDF");
	}

	@Test
	void anEmptyFileIsRefused() {
		assertThat(mvc.post().uri(API).multipart().file(upload(new byte[0]))).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("Tệp tải lên rỗng");
	}

	@Test
	void neitherAFileNorACodeIsRefused() {
		assertThat(mvc.post().uri(API).multipart().param("other", "x")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("Hãy nhập mã hồ sơ hoặc chọn một tệp PDF");
	}

	@Test
	void aCodeWithoutAnIssuedResultIsNotFoundOnTheApiAndThePage() {
		assertThat(mvc.post().uri(API).param("code", "000.00.31.H55-261125-9999")).hasStatus(HttpStatus.NOT_FOUND)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("Không có văn bản kết quả đã ký nào được cấp cho hồ sơ 000.00.31.H55-261125-9999");
		assertThat(mvc.get().uri("/verify").param("code", "000.00.31.H55-261125-9999")).hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.contains("code-error")
			.doesNotContain("verification-result");
	}

	@Test
	void aFileAboveTheLimitIsRefusedWithTheLimit() {
		byte[] large = Arrays.copyOf("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 8 * 1024 * 1024 + 1);

		assertThat(mvc.post().uri(API).multipart().file(upload(large)).header("Accept-Language", "en"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("too large", "8 MB");
	}

	@Test
	void aDamagedPdfIsRefusedAsUnreadable() {
		byte[] damaged = "%PDF-1.7\nnothing else".getBytes(StandardCharsets.US_ASCII);

		assertThat(mvc.post().uri(API).multipart().file(upload(damaged))).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("Không đọc được tệp PDF");
	}
}
