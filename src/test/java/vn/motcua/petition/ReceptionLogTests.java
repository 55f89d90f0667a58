package vn.motcua.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.CurrentUser;
import vn.motcua.testing.DatabaseRaces;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.PagedResponses;
import vn.motcua.testing.WebTest;

/**
 * The citizen reception log loses no line and writes none twice: the form sent twice writes one
 * line; two officers writing at the same moment both get their line, numbered in turn.
 */
@WebTest
class ReceptionLogTests {

	@Autowired
	MockMvcTester mvc;
	@Autowired
	CitizenReception reception;
	@Autowired
	AccountManagement accounts;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	TransactionTemplate transactions;

	@Test
	void theFormSentTwiceWritesOneLineAndItsKeyServesNoOtherLine() throws Exception {
		String key = formKey();
		String citizens = "Lê Thị Gửi Hai Lần " + UUID.randomUUID() + ", 7 Phan Bội Châu";

		assertThat(write(key, citizens, "Đề nghị cấp lại giấy phép")).hasStatus3xxRedirection();
		assertThat(write(key, citizens, "Đề nghị cấp lại giấy phép")).hasStatus3xxRedirection();
		assertThat(linesOf(citizens)).hasSize(1);

		assertThat(write(key, citizens, "Một nội dung khác")).as("the key again, other content").hasStatusOk()
			.bodyText().contains("đã được dùng để gửi nội dung khác");
		assertThat(linesOf(citizens)).hasSize(1);
	}

	/**
	 * Two lines at once take the same number; the later waits on the earlier's, fails on the log's
	 * unique numbering once the earlier commits, and is written again under the next number.
	 */
	@Test
	void twoLinesWrittenAtOnceAreBothKeptUnderConsecutiveNumbers() throws Exception {
		assumeTrue(DatabaseRaces.onPostgreSql(jdbc), "the race needs PostgreSQL's row locks to be observed");
		CurrentUser desk = PetitionFixtures.officer(accounts, "desk");
		String run = UUID.randomUUID().toString();
		CountDownLatch firstWritten = new CountDownLatch(1);
		CountDownLatch commitFirst = new CountDownLatch(1);

		CompletableFuture<ReceptionRecord> first = CompletableFuture.supplyAsync(() -> transactions.execute(status -> {
			ReceptionRecord line = reception.recordOnce(entry("Người thứ nhất " + run), desk, null, "");
			firstWritten.countDown();
			DatabaseRaces.awaitQuietly(commitFirst);
			return line;
		}));
		assertThat(firstWritten.await(30, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<ReceptionRecord> second = CompletableFuture.supplyAsync(
				() -> reception.record(entry("Người thứ hai " + run), desk, null));
		await().atMost(Duration.ofSeconds(30)).until(() -> DatabaseRaces.aSessionWaitsForALock(jdbc));
		commitFirst.countDown();

		int firstSerial = first.get(30, TimeUnit.SECONDS).serial();
		assertThat(second.get(30, TimeUnit.SECONDS).serial()).isEqualTo(firstSerial + 1);
		assertThat(jdbc.queryForList("SELECT serial FROM reception_record WHERE citizens LIKE ? ORDER BY serial",
				Integer.class, "%" + run)).containsExactly(firstSerial, firstSerial + 1);
	}

	/** The whole log, a page at a time, the latest line first, each once; its count is the whole log's. */
	@Test
	void theLogIsReadAPageAtATimeLatestFirst() {
		CurrentUser desk = PetitionFixtures.officer(accounts, "desk");
		String run = UUID.randomUUID().toString();
		for (int i = 0; i < 51; i++) {
			reception.record(entry("Người số " + i + " " + run), desk, null);
		}
		List<Integer> serials = jdbc.queryForList("SELECT serial FROM reception_record WHERE agency_code ="
				+ " (SELECT agency_code FROM reception_record WHERE citizens LIKE ? FETCH FIRST 1 ROWS ONLY)"
				+ " ORDER BY serial DESC", Integer.class, "%" + run);

		String first = PagedResponses.utf8(mvc.get().uri("/work/reception")
			.with(httpBasic("desk", DemoAccounts.PASSWORD))
			.exchange());
		assertThat(first).contains("Sổ có " + serials.size() + " lượt tiếp").contains("rel=\"next\"");
		assertThat(serialsIn(first)).containsExactlyElementsOf(serials.subList(0, 50));
		assertThat(serialsIn(PagedResponses.allPages(mvc, "/work/reception", httpBasic("desk", DemoAccounts.PASSWORD))))
			.containsExactlyElementsOf(serials);
		assertThat(mvc.get().uri("/work/reception?before=khong-phai-so").with(httpBasic("desk", DemoAccounts.PASSWORD)))
			.hasStatus(400);
	}

	private static List<Integer> serialsIn(String pages) {
		Matcher serial = Pattern.compile("<tr>\\s*<td>(\\d+)</td>").matcher(pages);
		List<Integer> serials = new ArrayList<>();
		while (serial.find()) {
			serials.add(Integer.valueOf(serial.group(1)));
		}
		return serials;
	}

	private static CitizenReception.Entry entry(String citizens) {
		return new CitizenReception.Entry(citizens, 1, "Hỏi về thủ tục", null, null, null, true, false);
	}

	private String formKey() throws Exception {
		String page = mvc.get().uri("/work/reception").with(httpBasic("desk", DemoAccounts.PASSWORD)).exchange()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		Matcher key = Pattern.compile("name=\"submissionKey\" value=\"([^\"]+)\"").matcher(page);
		assertThat(key.find()).as("the form carries its submission key").isTrue();
		return key.group(1);
	}

	private MvcTestResult write(String key, String citizens, String content) {
		return mvc.post().uri("/work/reception").with(csrf()).with(httpBasic("desk", DemoAccounts.PASSWORD))
			.param("submissionKey", key).param("citizens", citizens).param("persons", "1").param("content", content)
			.exchange();
	}

	private List<Integer> linesOf(String citizens) {
		return jdbc.queryForList("SELECT serial FROM reception_record WHERE citizens = ?", Integer.class, citizens);
	}
}
