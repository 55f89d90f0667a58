package vn.motcua.dossier;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.identity.AccountManagement;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.TestFiles;
import vn.motcua.testing.WebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * Straight through with an electronic result: the specialist drafts it, the leader signs it with the
 * agency's key, the desk returns it, the applicant downloads it, and anyone can check it by the code.
 */
@WebTest
class ResultLifecycleTests {

	/** Food-safety certificate re-issue: an electronic result. */
	static final String PROCEDURE = "1.013393.000.00.00.H55";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DossierIntake intake;

	@Autowired
	AccountManagement accounts;

	@Test
	void theSignedResultIsReturnedDownloadedAndVerifiedByTheDossiersCode() throws IOException {
		String code = received();
		move("desk", code, "forward");
		move("unithead", code, "forward");
		assertThat(mvc.post().uri("/api/v1/work/dossiers/{code}/result", code).multipart()
			.file(new MockMultipartFile("file", "ket-qua.pdf", "application/pdf", "khong phai pdf".getBytes()))
			.with(as("specialist"))).hasStatus(400);
		assertThat(mvc.post().uri("/api/v1/work/dossiers/{code}/result", code).multipart()
			.file(new MockMultipartFile("file", "ket-qua.pdf", "application/pdf", TestFiles.onePagePdf())).with(as("specialist")))
			.hasStatusOk();
		move("specialist", code, "forward");
		assertThat(mvc.post().uri("/api/v1/work/dossiers/{code}/signature", code).with(as("unithead")))
			.as("only the leader signs").hasStatus(400);
		move("unithead", code, "forward");
		assertThat(mvc.post().uri("/api/v1/work/dossiers/{code}/signature", code).with(as("leader"))).hasStatusOk();
		move("leader", code, "forward");
		move("records", code, "forward");
		assertThat(mvc.post().uri("/api/v1/work/dossiers/{code}/return", code).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"Trả trực tuyến tại Hồ sơ của tôi\"}").with(as("desk")))
			.hasStatusOk().bodyJson().extractingPath("$.nationalStatus").isEqualTo(10);

		byte[] result = mvc.get().uri("/my/dossiers/{code}/result", code).with(as(DemoAccounts.CITIZEN)).exchange()
			.getResponse().getContentAsByteArray();
		assertThat(mvc.get().uri("/my/dossiers/{code}/result", code).with(as(DemoAccounts.OTHER_CITIZEN)))
			.hasStatus(404);
		assertThat(verify(code, result)).hasStatusOk().bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.matchesIssuedFile").isEqualTo(true);
			assertThat(json).extractingPath("$.signatures[0].valid").isEqualTo(true);
		});
		if (Files.isExecutable(Path.of("/usr/bin/pdfsig"))) {
			assertThat(pdfsig(result)).as("poppler's pdfsig, an independent verifier")
				.contains("Signature Validation: Signature is Valid.").contains("Total document signed");
		}
		else {
			System.out.println("[motcua] SKIPPED pdfsig check of a dossier's result: /usr/bin/pdfsig is missing");
		}
		assertThat(DossierSlipsTests.text(result)).as("the QR code's address is printed beside it, under the signature")
			.contains("/verify?code=" + code);
		assertThat(mvc.post().uri("/api/v1/verifications").param("code", code)).as("the code alone checks the issued file")
			.hasStatusOk().bodyJson().satisfies(json -> {
				assertThat(json).extractingPath("$.intact").isEqualTo(true);
				assertThat(json).extractingPath("$.matchesIssuedFile").isEqualTo(true);
			});
		assertThat(mvc.get().uri("/verify").param("code", code)).as("the page the QR code opens").hasStatusOk()
			.bodyText().contains("data-intact=\"true\"").contains(code);
		byte[] tampered = result.clone();
		tampered[tampered.length / 3] ^= 1;
		assertThat(verify(code, tampered)).hasStatusOk().bodyJson().extractingPath("$.matchesIssuedFile").isEqualTo(false);
		assertThat(mvc.get().uri("/api/v1/dossiers/{code}/status", code)).bodyJson().extractingPath("$.status")
			.isEqualTo("RETURNED");
		assertThat(mvc.get().uri("/api/v1/audit/entries").param("recordId", code).with(as("admin")))
			.as("drafting and signing the result are in the audit trail, by whom").bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.content[?(@.action == 'dossier.result.drafted')].actor").asArray()
					.containsExactly("specialist");
				assertThat(json).extractingPath("$.content[?(@.action == 'dossier.result.signed')].actor").asArray()
					.containsExactly("leader");
			});
	}

	/**
	 * The officers who hold the dossier open its result from the work page: the leader the draft they
	 * sign, the desk the signed file it hands over; nobody else opens either.
	 */
	@Test
	void theHolderOfTheStepOpensTheDraftAndThenTheSignedResult() {
		String code = received();
		move("desk", code, "forward");
		move("unithead", code, "forward");
		assertThat(mvc.post().uri("/api/v1/work/dossiers/{code}/result", code).multipart()
			.file(new MockMultipartFile("file", "ket-qua.pdf", "application/pdf", TestFiles.onePagePdf())).with(as("specialist")))
			.hasStatusOk();
		move("specialist", code, "forward");
		move("unithead", code, "forward");
		String draft = "/work/dossiers/" + code + "/result/draft";
		String signed = "/work/dossiers/" + code + "/result/signed";
		assertThat(mvc.get().uri("/work/dossiers/{code}", code).with(as("leader"))).bodyText().contains(draft)
			.doesNotContain(signed);
		assertPdf(draft, "leader", "du-thao-ket-qua-" + code + ".pdf");
		assertThat(mvc.get().uri(signed).with(as("leader"))).as("not signed yet").hasStatus(404);
		assertThat(mvc.get().uri(draft).with(as("specialist"))).as("an officer whose step it is not").hasStatus(403);
		assertThat(mvc.get().uri(draft).with(as(DemoAccounts.CITIZEN))).hasStatus(403);
		assertThat(mvc.get().uri(draft)).as("anonymous").hasStatus3xxRedirection().redirectedUrl().endsWith("/login");

		assertThat(mvc.post().uri("/api/v1/work/dossiers/{code}/signature", code).with(as("leader"))).hasStatusOk();
		assertThat(mvc.get().uri("/work/dossiers/{code}", code).with(as("leader"))).bodyText().contains(signed)
			.doesNotContain(draft);
		assertThat(mvc.get().uri(draft).with(as("leader"))).as("the signed file replaced the draft").hasStatus(404);
		move("leader", code, "forward");
		move("records", code, "forward");
		assertPdf(signed, "desk", "ket-qua-" + code + ".pdf");
		assertThat(mvc.get().uri(signed).with(as("leader"))).as("no longer the leader's step").hasStatus(403);
		assertThat(mvc.get().uri(signed).with(as(DemoAccounts.CITIZEN))).as("the citizen has /my/dossiers")
			.hasStatus(403);
		assertThat(mvc.get().uri(signed)).as("anonymous").hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
	}

	private void assertPdf(String path, String officer, String fileName) {
		assertThat(mvc.get().uri(path).with(as(officer))).hasStatusOk()
			.hasContentType(MediaType.APPLICATION_PDF)
			.hasHeader("Content-Disposition", "inline; filename=\"" + fileName + "\"")
			.hasHeader("Cache-Control", "no-store")
			.body().satisfies(pdf -> assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII))
				.isEqualTo("%PDF-"));
	}

	/**
	 * Forwarded through every step without a signed result, the dossier counted as processed (resolved,
	 * in the reports) while the desk could not return it: it stays at the last step before the return.
	 */
	@Test
	void anElectronicResultMustBeSignedBeforeTheDossierReachesTheReturn() {
		String code = received();
		for (String officer : List.of("desk", "unithead", "specialist", "unithead", "leader")) {
			move(officer, code, "forward");
		}
		assertThat(mvc.post().uri("/api/v1/work/dossiers/{code}/forward", code).contentType(MediaType.APPLICATION_JSON)
			.content("{}").with(as("records")))
			.hasStatus(400).bodyJson().extractingPath("$.detail").asString().contains("phải được ký số");
		assertThat(mvc.post().uri("/work/dossiers/{code}/forward", code).param("comment", "Chuyển trả kết quả")
			.with(as("records")).with(csrf()))
			.as("the page says why and keeps the comment").hasStatusOk().bodyText()
			.contains("phải được ký số", "Chuyển trả kết quả</textarea>");
		assertThat(mvc.get().uri("/api/v1/dossiers/{code}/status", code)).bodyJson().extractingPath("$.status")
			.isEqualTo("IN_PROGRESS");
	}

	@Test
	void aDossierRefusedDuringProcessingReturnsItsRefusalInsteadOfASignedResult() throws IOException {
		String code = received();
		move("desk", code, "forward");
		move("unithead", code, "forward");
		assertThat(mvc.post().uri("/api/v1/work/dossiers/{code}/refusal", code).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"Cơ sở không đáp ứng điều kiện về trang thiết bị bảo quản thực phẩm\"}")
			.with(as("specialist"))).hasStatusOk().bodyJson().isLenientlyEqualTo("{\"status\":\"PROCESSED\",\"role\":\"RECEPTION_OFFICER\"}");
		String notice = DossierSlipsTests.text(mvc.get().uri("/my/dossiers/{code}/slips/refusal-notice", code)
			.with(as(DemoAccounts.CITIZEN)).exchange().getResponse().getContentAsByteArray());
		assertThat(notice).contains("THÔNG BÁO TỪ CHỐI GIẢI QUYẾT HỒ SƠ").contains("trang thiết bị bảo quản");
		// processed, the refusal its result: the applicant's page and the public look-up say it was refused, and why
		assertThat(mvc.get().uri("/my/dossiers/{code}", code).with(as(DemoAccounts.CITIZEN))).hasStatusOk().bodyText()
			.contains("Từ chối tiếp nhận, giải quyết", "trang thiết bị bảo quản thực phẩm</strong>");
		assertThat(mvc.get().uri("/dossiers/{code}/status", code)).hasStatusOk().bodyText()
			.contains("Từ chối tiếp nhận, giải quyết", "trang thiết bị bảo quản thực phẩm</strong>");
		assertThat(mvc.post().uri("/api/v1/work/dossiers/{code}/return", code).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"Trả thông báo trực tuyến\"}").with(as("desk")))
			.hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("RETURNED");
	}

	/**
	 * The desk sends a refusal back rather than return it: the refusal is withdrawn, and the dossier is
	 * back with the specialist who refused it (not with the records officer, whose step the refusal
	 * skipped), no longer called refused anywhere.
	 */
	@Test
	void aRefusalSentBackIsWithdrawnAndTheDossierGoesBackToTheStepThatRefusedIt() {
		String code = refusedBySpecialist();

		assertThat(mvc.post().uri("/api/v1/work/dossiers/{code}/send-back", code).contentType(MediaType.APPLICATION_JSON)
			.content("{\"comment\":\"Lý do từ chối chưa đúng quy định, đề nghị xem lại\"}").with(as("desk")))
			.hasStatusOk().bodyJson().isLenientlyEqualTo("{\"status\":\"IN_PROGRESS\",\"role\":\"SPECIALIST\"}");
		assertThat(mvc.get().uri("/api/v1/dossiers/{code}/status", code)).bodyJson().extractingPath("$.refusalReason")
			.isNull();
		assertThat(mvc.get().uri("/dossiers/{code}/status", code)).hasStatusOk().bodyText()
			.doesNotContain("Từ chối tiếp nhận, giải quyết");
		assertThat(mvc.get().uri("/my/dossiers/{code}/slips/refusal-notice", code).with(as(DemoAccounts.CITIZEN)))
			.as("no refusal notice any more").hasStatus(404);
	}

	/** A dossier the specialist refused during processing, now at the desk's return step. */
	private String refusedBySpecialist() {
		String code = received();
		move("desk", code, "forward");
		move("unithead", code, "forward");
		assertThat(mvc.post().uri("/api/v1/work/dossiers/{code}/refusal", code).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"Cơ sở không đáp ứng điều kiện\"}").with(as("specialist"))).hasStatusOk();
		return code;
	}

	@Test
	void aResultReturnedWithoutSayingHowAsksForTheWayItWasReturned() {
		String code = refusedBySpecialist();
		assertThat(mvc.post().uri("/work/dossiers/{code}/return", code).param("detail", " ").with(as("desk")).with(csrf()))
			.hasStatusOk().bodyText().contains("Vui lòng nêu cách trả kết quả").doesNotContain("Vui lòng nêu lý do.");
		assertThat(mvc.post().uri("/api/v1/work/dossiers/{code}/return", code).contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "en").content("{\"reason\":\"\"}").with(as("desk")))
			.hasStatus(400).bodyText().contains("Please state how the result was returned");
	}

	private static String pdfsig(byte[] pdf) throws IOException {
		Path file = Files.createTempFile("ket-qua", ".pdf");
		Files.write(file, pdf);
		Process process = new ProcessBuilder("/usr/bin/pdfsig", file.toString()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		try {
			process.waitFor();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return output;
	}

	private MvcTestResult verify(String code, byte[] pdf) {
		return mvc.post().uri("/api/v1/verifications").param("code", code).multipart()
			.file(new MockMultipartFile("file", "ket-qua.pdf", "application/pdf", pdf)).exchange();
	}

	private void move(String officer, String code, String action) {
		assertThat(mvc.post().uri("/api/v1/work/dossiers/{code}/" + action, code).contentType(MediaType.APPLICATION_JSON)
			.content("{}").with(as(officer))).as("%s %s", officer, action).hasStatusOk();
	}

	private String received() {
		UUID citizen = accounts.findByUsername(DemoAccounts.CITIZEN).orElseThrow().id();
		String code = intake.submitOnline(citizen, new OnlineSubmission(PROCEDURE, "Quảng Ngãi", ResultDelivery.ONLINE,
				null, null, List.of(new UploadedFile(0, "don.pdf", SubmissionFiles.pdf())))).code();
		mvc.post().uri("/api/v1/desk/dossiers/{code}/acceptance", code).with(as("desk")).exchange();
		return code;
	}

	private static RequestPostProcessor as(String username) {
		return httpBasic(username, DemoAccounts.PASSWORD);
	}
}
