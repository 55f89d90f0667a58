package vn.motcua.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.motcua.testing.OfficerPages.as;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.motcua.identity.AccountManagement;
import vn.motcua.shared.Actor;
import vn.motcua.shared.VietnamTime;
import vn.motcua.testing.WebTest;

/**
 * The people's inspection board read the contacts a citizen typed inside a petition's text whole,
 * although it reads the petitioner's contact fields masked (decision 0031); and its page offered the
 * handling forms and the links to recording petitions, each answering 403. It now reads the typed contacts
 * masked, on the page, in the API, the queue and the export, and is offered nothing it would be refused;
 * those who handle petitions read and do as before. Its search of the queue matched the contacts it reads
 * masked, telling it which petition holds a number it knows; it now matches the rest of the texts only.
 */
@WebTest
class InspectionBoardReadsPetitionsTests {

	static final String TITLE = "Xin gọi lại số 0912 345 678";
	static final String CONTENT = "Tôi là Trần Thị Phản Ánh, CCCD 051090001234, điện thoại +84 912 345 679, "
			+ "bàn 024.382.5123, thư an.nguyen@example.vn. Hồ sơ nộp ngày 06/12/2026 vẫn chưa có kết quả.";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PetitionManagement petitions;

	@Autowired
	AccountManagement accounts;

	@Test
	void theBoardReadsTheContactsTypedInAPetitionMaskedWhereverItReadsIt() throws Exception {
		String code = withContactsTyped();

		assertThat(mvc.get().uri("/work/petitions/{code}", code).with(as("inspector"))).hasStatusOk().bodyText()
			.contains("Xin gọi lại số 0912***678", "CCCD ***,", "điện thoại +84 ***679", "bàn 024.***123",
					"thư a***@example.vn.", "ngày 06/12/2026")
			.doesNotContain("345 678", "051090001234", "an.nguyen@", "382.5123");
		assertThat(mvc.get().uri("/api/v1/petitions/{code}", code).with(as("inspector"))).hasStatusOk().bodyText()
			.contains("0912***678", "a***@example.vn").doesNotContain("051090001234", "an.nguyen@");
		assertThat(mvc.get().uri("/api/v1/petitions?q={code}", code).with(as("inspector"))).hasStatusOk().bodyText()
			.contains("Xin gọi lại số 0912***678").doesNotContain("0912 345 678");
		LocalDate today = LocalDate.now(VietnamTime.ZONE);
		assertThat(mvc.get().uri("/work/petitions/export.csv?from={from}&to={to}", today, today).with(as("inspector"))
			.exchange().getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Xin gọi lại số 0912***678")
			.doesNotContain("0912 345 678");

		assertThat(mvc.get().uri("/work/petitions/{code}", code).with(as("unithead"))).as("its handlers read it whole")
			.bodyText().contains(TITLE, CONTENT);
		assertThat(petitions.view(code, PetitionFixtures.officer(accounts, "unithead")).petition().content())
			.as("the stored text is never changed").isEqualTo(CONTENT);
	}

	@Test
	void theBoardIsOfferedNoActionItWouldBeRefused() {
		String code = withContactsTyped();
		String page = "/work/petitions/" + code;

		assertThat(mvc.get().uri(page).with(as("inspector"))).hasStatusOk().bodyText()
			.doesNotContain("Xử lý đơn", page + "/classification", page + "/assignment", page + "/acceptance",
					page + "/refusal", page + "/forwarding")
			.contains(page + "/working-copy");
		for (String action : new String[] { "classification", "assignment", "acceptance", "refusal", "forwarding" }) {
			assertThat(mvc.post().uri(page + "/" + action).with(as("inspector")).with(csrf())).as(action).hasStatus(403);
		}
		assertThat(mvc.get().uri("/work/petitions").with(as("inspector"))).hasStatusOk().bodyText()
			.doesNotContain("/work/petitions/new", "/work/reception");
		assertThat(mvc.get().uri("/work/petitions/new").with(as("inspector"))).hasStatus(403);
		assertThat(mvc.get().uri("/work/reception").with(as("inspector"))).hasStatus(403);

		assertThat(mvc.get().uri(page).with(as("unithead"))).as("a unit head is offered the handling").bodyText()
			.contains("Xử lý đơn", page + "/assignment", page + "/acceptance");
		assertThat(mvc.get().uri("/work/petitions").with(as("unithead"))).bodyText()
			.contains("/work/petitions/new", "/work/reception");
	}

	@Test
	void theBoardsSearchDoesNotMatchTheContactsItReadsMaskedTheirHandlersDoes() {
		String digits = String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
		String typedPhone = "09" + digits;
		String typedEmail = "k" + digits + "@example.vn";
		String idNumber = "0510" + digits;
		PetitionSubmission feedback = PetitionFixtures.aFeedback();
		String code = petitions.receive(new PetitionSubmission(feedback.kind(), feedback.channel(),
				"Gọi lại số " + typedPhone, "Thư " + typedEmail + ", CCCD " + idNumber + ", chợ Ba La.", null,
				feedback.name(), feedback.address(), "08" + digits, "h" + digits + "@example.vn", null, null, null, null,
				null, null, null), Actor.ANONYMOUS).code();

		for (String search : new String[] { typedPhone, typedEmail, idNumber, "08" + digits, "h" + digits + "@example.vn",
				typedPhone.substring(0, 7), "k" + digits }) {
			assertThat(mvc.get().uri("/work/petitions?q={q}", search).with(as("inspector"))).as(search).hasStatusOk()
				.bodyText().doesNotContain(code);
			assertThat(mvc.get().uri("/api/v1/petitions?q={q}", search).with(as("inspector"))).as(search).hasStatusOk()
				.bodyText().doesNotContain(code);
		}
		assertThat(mvc.get().uri("/work/petitions?q={q}", "gọi lại chợ Ba La").with(as("inspector")))
			.as("the words of the texts it still finds").bodyText().contains(code);

		for (String search : new String[] { typedPhone, typedEmail, idNumber, "Gọi lại " + typedPhone }) {
			assertThat(mvc.get().uri("/work/petitions?q={q}", search).with(as("unithead")))
				.as("those who handle it find it by what they read whole: " + search).bodyText().contains(code);
			assertThat(mvc.get().uri("/api/v1/petitions?q={q}", search).with(as("unithead"))).as(search).bodyText()
				.contains(code);
		}
	}

	/**
	 * A collective petition lists its signatories' numbers one after another; the words of the contacts
	 * were cut at 2,000 characters, so those past the first hundred or so did not find it.
	 */
	@Test
	void theHandlersFindACollectivePetitionByItsLastSignatorysNumbers() {
		String series = String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
		StringBuilder signatories = new StringBuilder("Danh sách các hộ cùng ký đơn:\n");
		int households = 180;
		for (int i = 1; i <= households; i++) {
			signatories.append(String.format("Hộ %03d: CCCD 0510%s%03d, ĐT 09%s%03d.%n", i, series, i, series, i));
		}
		assertThat(signatories.length()).as("within the content's 8,000 characters").isLessThanOrEqualTo(8_000);
		PetitionSubmission feedback = PetitionFixtures.aFeedback();
		String code = petitions.receive(new PetitionSubmission(feedback.kind(), feedback.channel(),
				"Đơn tập thể về chợ Ba La", signatories.toString(), null, feedback.name(), feedback.address(),
				feedback.phone(), null, null, null, null, null, null, null, null), Actor.ANONYMOUS).code();

		String last = String.format("%03d", households);
		for (String search : new String[] { "0510" + series + last, "09" + series + last, "0510" + series + "001" }) {
			assertThat(mvc.get().uri("/work/petitions?q={q}", search).with(as("unithead"))).as(search).hasStatusOk()
				.bodyText().contains(code);
		}
		assertThat(mvc.get().uri("/work/petitions?q={q}", "0510" + series + last).with(as("inspector")))
			.as("the board still does not").bodyText().doesNotContain(code);
	}

	private String withContactsTyped() {
		PetitionSubmission feedback = PetitionFixtures.aFeedback();
		return petitions.receive(new PetitionSubmission(feedback.kind(), feedback.channel(), TITLE, CONTENT,
				feedback.concerning(), feedback.name(), feedback.address(), feedback.phone(), feedback.email(), null, null,
				null, null, null, null, null), Actor.ANONYMOUS).code();
	}
}
