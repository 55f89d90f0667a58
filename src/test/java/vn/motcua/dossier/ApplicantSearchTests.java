package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static vn.motcua.testing.PagedResponses.utf8;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.identity.AccountKind;
import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.Registration;
import vn.motcua.shared.VietnamTime;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.WebTest;

/**
 * Officers find an applicant by name as people type it at the desk or on a phone: without tone
 * marks, in any case, word by word; the desk's waiting list, the work queue and the register alike.
 */
@WebTest
class ApplicantSearchTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DossierIntake intake;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anApplicantIsFoundByTheirNameWithoutToneMarksOnEveryListOfTheDesk() {
		String surname = uniqueWord();
		String code = submittedBy("Đặng Thị Ngọc Ánh" + surname);
		String bare = "dang thi ngoc anh" + surname;

		assertThat(waiting("?q=" + bare)).containsExactly(code);
		assertThat(waiting("?q=ĐẶNG ÁNH" + surname.toUpperCase(Locale.ROOT))).as("any case, marks or not")
			.containsExactly(code);
		assertThat(waiting("?q=ngoc anh" + surname)).as("words in any order, each the start of a word")
			.containsExactly(code);
		assertThat(waiting("?q=dang thi ngoc anh" + surname + "x")).isEmpty();
		assertThat(waiting("?q=" + surname.substring(1))).as("not the middle of a word").isEmpty();
		assertThat(get("/desk/dossiers?q=" + bare)).hasStatusOk().bodyText().contains(code);

		assertThat(mvc.post().uri("/api/v1/desk/dossiers/{code}/acceptance", code).with(as("desk"))).hasStatusOk();
		assertThat(utf8(get("/api/v1/work/queue?q=" + bare))).contains(code);
		assertThat(get("/work/queue?q=anh" + surname + " dang")).hasStatusOk().bodyText().contains(code);

		String today = LocalDate.now(VietnamTime.ZONE).toString();
		assertThat(get("/desk/register?from=" + today + "&to=" + today + "&text=" + bare)).hasStatusOk().bodyText()
			.contains(code).contains("Có 1 hồ sơ.");
	}

	@Test
	void aSearchLongerThanAnyNameIsExplained() {
		String tooLong = "a ".repeat(QueueFilter.MAX_SEARCH / 2 + 1);
		assertThat(get("/api/v1/work/queue?q=" + tooLong)).hasStatus(400).bodyText()
			.contains("Từ khóa tìm kiếm dài quá 200 ký tự.");
		assertThat(get("/desk/dossiers?q=" + tooLong)).hasStatus(400).bodyText()
			.contains("Từ khóa tìm kiếm dài quá 200 ký tự.");
	}

	@Test
	void theNameIsStoredInSearchFormWithTheDossier() {
		String surname = uniqueWord();
		String code = submittedBy("Trịnh Văn Đức" + surname);
		assertThat(jdbc.sql("SELECT applicant_words FROM dossier WHERE code = ?").param(code).query(String.class)
			.single()).isEqualTo(" trinh van duc" + surname + " ");
	}

	/** A word of lower-case letters no other applicant's name holds. */
	private static String uniqueWord() {
		StringBuilder word = new StringBuilder();
		ThreadLocalRandom random = ThreadLocalRandom.current();
		for (int i = 0; i < 10; i++) {
			word.append((char) ('a' + random.nextInt(26)));
		}
		return word.toString();
	}

	private String submittedBy(String fullName) {
		String idNumber = Long.toString(100_000_000_000L + Math.floorMod(System.nanoTime(), 900_000_000_000L));
		UUID account = accounts.register(new Registration(AccountKind.CITIZEN, fullName, idNumber,
				"09" + idNumber.substring(4), "tim." + idNumber + "@example.vn", DemoAccounts.PASSWORD));
		return intake.submitOnline(account, new OnlineSubmission(SubmissionFiles.ONLINE_PROCEDURE, "Quảng Ngãi",
				ResultDelivery.AT_DESK, null, null, SubmissionFiles.allFour())).code();
	}

	private List<String> waiting(String query) {
		MvcTestResult result = get("/api/v1/desk/dossiers" + query);
		assertThat(result).as(query).hasStatusOk();
		return JsonPath.read(utf8(result), "$[*].code");
	}

	private MvcTestResult get(String uri) {
		return mvc.get().uri(uri).with(as("desk")).exchange();
	}

	private static RequestPostProcessor as(String username) {
		return httpBasic(username, DemoAccounts.PASSWORD);
	}
}
