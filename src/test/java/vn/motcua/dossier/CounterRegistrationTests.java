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

import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.WebTest;

/** The desk registers papers handed in at the counter or by post, counted and scanned. */
@WebTest
class CounterRegistrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aWalkInDossierIsRegisteredWithItsCountsAndScanAndLinkedToTheApplicantsAccount() {
		MvcTestResult result = register("COUNTER", DemoAccounts.CITIZEN, "0905000001");
		assertThat(result).hasStatus3xxRedirection();
		String code = result.getResponse().getRedirectedUrl().substring("/desk/dossiers/".length());
		assertThat(jdbc.sql("SELECT channel FROM dossier WHERE code = ?").param(code).query(String.class).single())
			.isEqualTo("COUNTER");
		assertThat(jdbc.sql("SELECT originals FROM dossier_document d JOIN dossier x ON x.id = d.dossier_id "
				+ "WHERE x.code = ? AND d.required_document_index = 0").param(code).query(Integer.class).single())
			.isEqualTo(1);
		assertThat(mvc.get().uri("/my/dossiers/{code}", code).with(httpBasic(DemoAccounts.CITIZEN, DemoAccounts.PASSWORD)))
			.as("the citizen sees a dossier registered for them at the desk").hasStatusOk();
		assertThat(mvc.get().uri("/desk/dossiers/{code}", code).with(httpBasic("desk", DemoAccounts.PASSWORD)))
			.bodyText().contains("Trực tiếp tại Bộ phận Một cửa").contains("Tiếp nhận hồ sơ");
	}

	@Test
	void aPostedDossierIsRegisteredOnThePostalChannel() {
		MvcTestResult result = register("POST", "051099000123", "0905111222");
		String code = result.getResponse().getRedirectedUrl().substring("/desk/dossiers/".length());
		assertThat(jdbc.sql("SELECT channel FROM dossier WHERE code = ?").param(code).query(String.class).single())
			.isEqualTo("POST");
	}

	@Test
	void aMalformedIdNumberOrPhoneIsExplainedAndNothingIsRegistered() {
		int before = jdbc.sql("SELECT COUNT(*) FROM dossier").query(Integer.class).single();
		assertThat(register("COUNTER", "12345", "0905000001")).hasStatusOk().bodyText()
			.contains("Số CCCD phải gồm đúng 12 chữ số");
		assertThat(register("COUNTER", "051090000001", "123")).hasStatusOk().bodyText()
			.contains("Số điện thoại không hợp lệ");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM dossier").query(Integer.class).single()).isEqualTo(before);
	}

	@Test
	void theFormIsPrefilledFromTheApplicantsAccount() {
		assertThat(mvc.get().uri("/desk/dossiers/new?procedure={p}&account={a}", SubmissionFiles.ONLINE_PROCEDURE,
				DemoAccounts.CITIZEN).with(httpBasic("desk", DemoAccounts.PASSWORD)))
			.hasStatusOk().bodyText().contains("value=\"Nguyễn Văn An\"").contains("value=\"0905000001\"");
		assertThat(mvc.get().uri("/desk/dossiers/new?procedure={p}&account=999999999999", SubmissionFiles.ONLINE_PROCEDURE)
			.with(httpBasic("desk", DemoAccounts.PASSWORD)))
			.hasStatusOk().bodyText().contains("Không có tài khoản với số");
	}

	@Test
	void onlyTheDeskRegisters() {
		assertThat(mvc.get().uri("/desk/dossiers/new").with(httpBasic("specialist", DemoAccounts.PASSWORD)))
			.hasStatus(403);
		assertThat(mvc.get().uri("/desk/dossiers/new?q=xang dau").with(httpBasic("desk", DemoAccounts.PASSWORD)))
			.hasStatusOk().bodyText().contains("xăng dầu");
	}

	private MvcTestResult register(String channel, String idNumber, String phone) {
		return mvc.post().uri("/desk/dossiers").multipart()
			.file(new MockMultipartFile("document-0", "don-scan.pdf", "application/pdf", SubmissionFiles.pdf()))
			.param("procedure", SubmissionFiles.ONLINE_PROCEDURE)
			.param("channel", channel)
			.param("kind", "CITIZEN")
			.param("name", "Nguyễn Văn An")
			.param("idNumber", idNumber)
			.param("address", "12 Trần Hưng Đạo, Quảng Ngãi")
			.param("phone", phone)
			.param("email", "")
			.param("sets", "1")
			.param("documents[0].originals", "1")
			.param("documents[1].photocopies", "1")
			.param("delivery", "AT_DESK")
			.param("deliveryAddress", "")
			.with(httpBasic("desk", DemoAccounts.PASSWORD))
			.with(csrf())
			.exchange();
	}
}
