package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.WebTest;

/** The online submission form, without JavaScript: prefilled, checked, safe against a double click. */
@WebTest
class SubmissionPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theFormShowsTheProcedureTheApplicantAndOneFileInputPerDocument() {
		assertThat(mvc.get().uri("/dossiers/new?procedure={code}", SubmissionFiles.ONLINE_PROCEDURE)
			.with(httpBasic(DemoAccounts.CITIZEN, DemoAccounts.PASSWORD)))
			.hasStatusOk()
			.bodyText()
			.contains("Cấp thẻ Kiểm tra viên điện lực")
			.contains("Nguyễn Văn An")
			.contains("name=\"document-0\"")
			.contains("name=\"document-3\"")
			.contains("name=\"idempotencyKey\"");
	}

	@Test
	void aSubmissionLandsOnTheDossierPageWithItsCodeAndADoubleClickMakesOneDossier() {
		String key = UUID.randomUUID().toString();
		MvcTestResult first = submit(key, true);
		MvcTestResult second = submit(key, true);
		assertThat(first).hasStatus3xxRedirection();
		assertThat(second.getResponse().getRedirectedUrl()).isEqualTo(first.getResponse().getRedirectedUrl());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM dossier WHERE idempotency_key = ?").param(key).query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(mvc.get().uri(first.getResponse().getRedirectedUrl())
			.with(httpBasic(DemoAccounts.CITIZEN, DemoAccounts.PASSWORD)))
			.bodyText().contains("Đã nộp hồ sơ. Mã hồ sơ của bạn là 000.00.31.H55-");
	}

	@Test
	void aMissingDocumentIsNamedOnTheFormAndTheAddressIsKept() {
		String key = UUID.randomUUID().toString();
		assertThat(submit(key, false)).hasStatusOk().bodyText()
			.contains("Còn thiếu thành phần hồ sơ bắt buộc")
			.contains("value=\"12 Trần Hưng Đạo, Quảng Ng&atilde;i\"");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM dossier WHERE idempotency_key = ?").param(key).query(Integer.class)
			.single()).isZero();
	}

	private MvcTestResult submit(String key, boolean allDocuments) {
		var request = mvc.post().uri("/dossiers").multipart()
			.file(new MockMultipartFile("document-0", "don.pdf", "application/pdf", SubmissionFiles.pdf()))
			.file(new MockMultipartFile("document-1", "cccd.png", "image/png", SubmissionFiles.png()))
			.param("procedure", SubmissionFiles.ONLINE_PROCEDURE)
			.param("address", "12 Trần Hưng Đạo, Quảng Ngãi")
			.param("delivery", "AT_DESK")
			.param("deliveryAddress", "")
			.param("idempotencyKey", key)
			.with(httpBasic(DemoAccounts.CITIZEN, DemoAccounts.PASSWORD))
			.with(csrf());
		if (allDocuments) {
			request = request.file(new MockMultipartFile("document-2", "bang.pdf", "application/pdf", SubmissionFiles.pdf()))
				.file(new MockMultipartFile("document-3", "anh.png", "image/png", SubmissionFiles.png()));
		}
		return request.exchange();
	}
}
