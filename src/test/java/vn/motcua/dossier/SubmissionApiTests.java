package vn.motcua.dossier;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.WebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/** Online submission through the API: whole or nothing, with a clear message for every bad input. */
@WebTest
class SubmissionApiTests {

	static final String ONLINE = "1.013043.000.00.00.H55";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Value("${motcua.files.root}")
	Path filesRoot;

	@Test
	void aCitizenSubmitsWithAFilePerDocumentAndGetsACodeAtOnce() throws IOException {
		MvcTestResult result = submit(dossierJson(ONLINE), null, pdf("document-0"), png("document-1"),
				pdf("document-2"), png("document-3"));
		assertThat(result).hasStatus(201).bodyJson().extractingPath("$.status").isEqualTo("SUBMITTED");
		String code = com.jayway.jsonpath.JsonPath.read(result.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.code");
		assertThat(code).matches("000\\.00\\.31\\.H55-\\d{6}-\\d{4,5}");
		assertThat(mvc.get().uri("/api/v1/my/dossiers/{code}", code).with(httpBasic(DemoAccounts.CITIZEN, DemoAccounts.PASSWORD)))
			.hasStatusOk().bodyJson().extractingPath("$.documents").asArray().hasSize(4);
	}

	@Test
	void theSameIdempotencyKeyTwiceYieldsOneDossier() {
		String key = UUID.randomUUID().toString();
		MvcTestResult first = submit(dossierJson(ONLINE), key, pdf("document-0"), png("document-1"), pdf("document-2"),
				png("document-3"));
		MvcTestResult second = submit(dossierJson(ONLINE), key, pdf("document-0"), png("document-1"), pdf("document-2"),
				png("document-3"));
		assertThat(first).hasStatus(201);
		assertThat(second).hasStatus(201);
		assertThat(second.getResponse().getHeader("Location")).isEqualTo(first.getResponse().getHeader("Location"));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM dossier WHERE idempotency_key = ?").param(key).query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aRenamedExecutableIsRefusedAndNothingRemains() throws IOException {
		assertRefusedLeavingNothing(() -> submit(dossierJson(ONLINE), null,
				new MockMultipartFile("document-0", "don-de-nghi.pdf", "application/pdf", SubmissionFiles.executable()),
				png("document-1"), pdf("document-2"), png("document-3")), "không đúng loại được nhận");
	}

	@Test
	void anEmptyFileIsRefusedAndNothingRemains() throws IOException {
		assertRefusedLeavingNothing(() -> submit(dossierJson(ONLINE), null,
				new MockMultipartFile("document-0", "don.pdf", "application/pdf", new byte[0]), png("document-1"),
				pdf("document-2"), png("document-3")), "rỗng");
	}

	@Test
	void anOversizedFileIsRefusedAndNothingRemains() throws IOException {
		byte[] big = new byte[11 * 1024 * 1024];
		System.arraycopy(SubmissionFiles.pdf(), 0, big, 0, SubmissionFiles.pdf().length);
		assertRefusedLeavingNothing(() -> submit(dossierJson(ONLINE), null,
				new MockMultipartFile("document-0", "don.pdf", "application/pdf", big), png("document-1"),
				pdf("document-2"), png("document-3")), "lớn hơn 10 MB");
	}

	@Test
	void aMissingMandatoryDocumentIsNamedAndNothingRemains() throws IOException {
		assertRefusedLeavingNothing(() -> submit(dossierJson(ONLINE), null, pdf("document-0"), png("document-1")),
				"Còn thiếu thành phần hồ sơ bắt buộc");
	}

	@Test
	void aProcedureNotOfferedOnlineIsRefusedAndNothingRemains() throws IOException {
		assertRefusedLeavingNothing(() -> submit(dossierJson("1.013078.000.00.00.H55"), null, pdf("document-0")),
				"chưa cung cấp dịch vụ nộp hồ sơ trực tuyến");
	}

	@Test
	void aBlankAddressIsAFieldErrorInEnglishWhenAsked() {
		MvcTestResult result = mvc.post().uri("/api/v1/dossiers").multipart()
			.file(new MockMultipartFile("dossier", "", "application/json",
					("{\"procedureCode\":\"" + ONLINE + "\",\"address\":\" \",\"delivery\":\"ONLINE\"}")
						.getBytes(StandardCharsets.UTF_8)))
			.header("Accept-Language", "en")
			.with(httpBasic(DemoAccounts.CITIZEN, DemoAccounts.PASSWORD))
			.exchange();
		assertThat(result).hasStatus(400).bodyJson().extractingPath("$.errors.address")
			.isEqualTo("Please enter the applicant's address.");
	}

	@Test
	void onlyApplicantsSubmit() {
		assertThat(mvc.post().uri("/api/v1/dossiers").multipart()
			.file(new MockMultipartFile("dossier", "", "application/json", dossierJson(ONLINE).getBytes(StandardCharsets.UTF_8)))
			.with(httpBasic("desk", DemoAccounts.PASSWORD))).hasStatus(403);
		assertThat(mvc.post().uri("/api/v1/dossiers").multipart()
			.file(new MockMultipartFile("dossier", "", "application/json", dossierJson(ONLINE).getBytes(StandardCharsets.UTF_8))))
			.hasStatus(401);
	}

	private void assertRefusedLeavingNothing(Supplier<MvcTestResult> submission, String message)
			throws IOException {
		int dossiersBefore = dossierCount();
		long filesBefore = attachmentCount();
		assertThat(submission.get()).hasStatus(400).bodyJson().extractingPath("$.detail").asString().contains(message);
		assertThat(dossierCount()).isEqualTo(dossiersBefore);
		assertThat(attachmentCount()).isEqualTo(filesBefore);
	}

	private MvcTestResult submit(String json, String idempotencyKey, MockMultipartFile... files) {
		var request = mvc.post().uri("/api/v1/dossiers").multipart()
			.file(new MockMultipartFile("dossier", "", "application/json", json.getBytes(StandardCharsets.UTF_8)))
			.with(httpBasic(DemoAccounts.CITIZEN, DemoAccounts.PASSWORD));
		for (MockMultipartFile file : files) {
			request = request.file(file);
		}
		if (idempotencyKey != null) {
			request = request.header("Idempotency-Key", idempotencyKey);
		}
		return request.exchange();
	}

	private int dossierCount() {
		return jdbc.sql("SELECT COUNT(*) FROM dossier").query(Integer.class).single();
	}

	private long attachmentCount() throws IOException {
		Path attachments = filesRoot.resolve("attachments");
		if (!Files.exists(attachments)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(attachments)) {
			return files.filter(Files::isRegularFile).count();
		}
	}

	private static String dossierJson(String procedureCode) {
		return "{\"procedureCode\":\"" + procedureCode
				+ "\",\"address\":\"12 Trần Hưng Đạo, phường Nghĩa Lộ, Quảng Ngãi\",\"delivery\":\"ONLINE\"}";
	}

	private static MockMultipartFile pdf(String part) {
		return new MockMultipartFile(part, "tep.pdf", "application/pdf", SubmissionFiles.pdf());
	}

	private static MockMultipartFile png(String part) {
		return new MockMultipartFile(part, "anh.png", "image/png", SubmissionFiles.png());
	}
}
