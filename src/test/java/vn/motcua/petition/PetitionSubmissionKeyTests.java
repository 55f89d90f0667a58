package vn.motcua.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

import com.jayway.jsonpath.JsonPath;

import vn.motcua.shared.Actor;
import vn.motcua.testing.DatabaseRaces;
import vn.motcua.testing.WebTest;

/**
 * A petition sent twice with its submission key (a double tap on the form, a client's retry over the
 * API) is received once: the second sending gets the first's code. A key used before for other
 * content is refused with a message; without a key every sending is a petition.
 */
@WebTest
class PetitionSubmissionKeyTests {

	private static final Pattern FORM_KEY = Pattern.compile("name=\"submissionKey\" value=\"([^\"]+)\"");

	@Autowired
	MockMvcTester mvc;
	@Autowired
	PetitionIntake intake;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	TransactionTemplate transactions;

	@Test
	void theFormSentTwiceIsOnePetitionAndItsKeyServesNoOtherContent() throws Exception {
		String key = formKey();
		String title = "Hỏi giờ làm việc " + UUID.randomUUID();

		MvcTestResult first = sendForm(key, title, "Bộ phận một cửa làm việc thứ Bảy không?");
		MvcTestResult second = sendForm(key, title, "Bộ phận một cửa làm việc thứ Bảy không?");
		assertThat(first).hasStatus3xxRedirection().redirectedUrl().startsWith("/petitions/track?received&code=");
		assertThat(second).hasStatus3xxRedirection().redirectedUrl().isEqualTo(first.getResponse().getRedirectedUrl());
		assertThat(petitionsTitled(title)).isEqualTo(1);

		assertThat(sendForm(key, title, "Một câu hỏi khác")).as("the key again, other content").hasStatusOk()
			.bodyText().contains("đã được dùng để gửi nội dung khác");
		assertThat(petitionsTitled(title)).isEqualTo(1);
		assertThat(formKey()).as("each form shown has its own key").isNotEqualTo(key);
	}

	@Test
	void anApiRetryWithTheIdempotencyKeyGetsTheFirstPetition() {
		String title = "Kiến nghị " + UUID.randomUUID();
		String body = """
				{"kind":"PROPOSAL","title":"%s","content":"Mở thêm quầy","name":"Nguyễn Văn An",
				 "address":"Quảng Ngãi","phone":"0905000001"}""".formatted(title);
		String key = UUID.randomUUID().toString();

		String first = code(sendApi(key, body));
		assertThat(code(sendApi(key, body))).isEqualTo(first);
		assertThat(code(sendApi(null, body))).as("without a key, another petition").isNotEqualTo(first);
		assertThat(petitionsTitled(title)).isEqualTo(2);

		assertThat(sendApi(" ", body)).hasStatus(400).bodyJson().extractingPath("$.detail").asString()
			.contains("Idempotency-Key");
		assertThat(sendApi("k".repeat(101), body)).hasStatus(400);
		assertThat(sendApi(key, body.replace("Mở thêm quầy", "Nội dung khác"))).hasStatus(400).bodyJson()
			.extractingPath("$.detail").asString().contains("nội dung khác");
		assertThat(petitionsTitled(title)).isEqualTo(2);
	}

	/**
	 * Two sendings with one key at the same moment: the later waits on the earlier's key, fails on it
	 * once the earlier commits, and gets the earlier's petition; only one is received.
	 */
	@Test
	void twoSendingsWithOneKeyAtOnceAreOnePetition() throws Exception {
		assumeTrue(DatabaseRaces.onPostgreSql(jdbc), "the race needs PostgreSQL's row locks to be observed");
		String key = UUID.randomUUID().toString();
		PetitionSubmission question = PetitionFixtures.aQuestion("Hỏi cùng lúc " + key, "Nội dung", null);
		CountDownLatch firstReceived = new CountDownLatch(1);
		CountDownLatch commitFirst = new CountDownLatch(1);

		CompletableFuture<Petition> first = CompletableFuture.supplyAsync(() -> transactions.execute(status -> {
			Petition petition = intake.receive(question, Actor.ANONYMOUS, key);
			firstReceived.countDown();
			DatabaseRaces.awaitQuietly(commitFirst);
			return petition;
		}));
		assertThat(firstReceived.await(30, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<Petition> second = CompletableFuture.supplyAsync(
				() -> intake.receive(question, Actor.ANONYMOUS, key));
		await().atMost(Duration.ofSeconds(30)).until(() -> DatabaseRaces.aSessionWaitsForALock(jdbc));
		commitFirst.countDown();

		assertThat(second.get(30, TimeUnit.SECONDS).code()).isEqualTo(first.get(30, TimeUnit.SECONDS).code());
		assertThat(petitionsTitled("Hỏi cùng lúc " + key)).isEqualTo(1);
	}

	private String formKey() throws Exception {
		String page = mvc.get().uri("/petitions/new").exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
		Matcher key = FORM_KEY.matcher(page);
		assertThat(key.find()).as("the form carries its submission key").isTrue();
		return key.group(1);
	}

	private MvcTestResult sendForm(String key, String title, String content) {
		return mvc.post().uri("/petitions").with(csrf()).param("submissionKey", key).param("kind", "QUESTION")
			.param("title", title).param("content", content).param("name", "Nguyễn Hỏi").param("email", "hoi@example.vn")
			.exchange();
	}

	private MvcTestResult sendApi(String key, String body) {
		var request = mvc.post().uri("/api/v1/petitions").contentType(MediaType.APPLICATION_JSON).content(body);
		return (key == null ? request : request.header("Idempotency-Key", key)).exchange();
	}

	private static String code(MvcTestResult received) {
		assertThat(received).hasStatus(201);
		try {
			return JsonPath.read(received.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.code");
		}
		catch (java.io.UnsupportedEncodingException e) {
			throw new IllegalStateException(e);
		}
	}

	private int petitionsTitled(String title) {
		Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM petition WHERE title = ?", Integer.class, title);
		return count == null ? 0 : count;
	}
}
