package vn.motcua.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.dossier.DossierIntake;
import vn.motcua.dossier.ReturnedDossiers;
import vn.motcua.identity.AccountManagement;
import vn.motcua.testing.DatabaseRaces;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.MutableClock;
import vn.motcua.testing.WebTest;

/**
 * After the result is returned, the applicant rates the handling of their dossier once, may change
 * the rating within the configured days and not after, and nobody else can rate it.
 */
@WebTest
@Import(MutableClock.Configuration.class)
class ApplicantRatingTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DossierIntake intake;

	@Autowired
	AccountManagement accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	RatingRepository ratings;

	@Autowired
	RatableDossierRepository ratables;

	@Autowired
	RatingManagement management;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	ReturnedDossiers dossiers;

	@BeforeEach
	void wednesdayMorning() {
		clock.set(Instant.parse("2026-11-25T01:00:00Z"));
		dossiers = new ReturnedDossiers(mvc, intake, accounts);
	}

	@AfterEach
	void realTime() {
		clock.reset();
	}

	@Test
	void theApplicantRatesTheirReturnedDossierAndTheRatingLinksToItsProcedureSectorAndOfficers() {
		String code = dossiers.returned(DemoAccounts.CITIZEN);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(ratables.findByDossierCode(code))
			.as("the listener records the returned dossier as ratable").isPresent());

		assertThat(rate(code, DemoAccounts.CITIZEN, "{\"level\":\"SATISFIED\",\"comment\":\"Cán bộ hướng dẫn tận tình\"}"))
			.hasStatusOk().bodyJson().satisfies(json -> {
				assertThat(json).extractingPath("$.rating.level").isEqualTo("SATISFIED");
				assertThat(json).extractingPath("$.rating.label").isEqualTo("Hài lòng");
				assertThat(json).extractingPath("$.changeable").isEqualTo(true);
			});
		Rating rating = only(code);
		assertThat(rating.source()).isEqualTo(RatingSource.ONLINE);
		assertThat(rating.procedureCode()).isEqualTo(ReturnedDossiers.PROCEDURE);
		assertThat(rating.sectorCode()).isEqualTo("CONG_NGHIEP_DP");
		assertThat(rating.agencyCode()).isEqualTo("000.00.31.H55");
		assertThat(rating.satisfied()).isTrue();
		assertThat(rating.officers()).extracting(RatedOfficer::username)
			.containsExactly("desk", "unithead", "specialist", "leader", "records");
		assertThat(rating.officers()).allSatisfy(officer -> assertThat(officer.unitId()).isNotNull());
	}

	@Test
	void anotherApplicantCannotReadOrRateTheDossier() {
		String code = dossiers.returned(DemoAccounts.CITIZEN);
		assertThat(mvc.get().uri("/api/v1/my/dossiers/{code}/rating", code).with(as(DemoAccounts.OTHER_CITIZEN)))
			.hasStatus(404);
		assertThat(rate(code, DemoAccounts.OTHER_CITIZEN, "{\"level\":\"DISSATISFIED\"}")).hasStatus(404)
			.bodyJson().extractingPath("$.detail").asString().contains(code);
		assertThat(mvc.get().uri("/my/dossiers/{code}/rating", code).with(as(DemoAccounts.OTHER_CITIZEN)))
			.hasStatus(404);
		assertThat(ratings.findAll()).noneMatch(rating -> code.equals(rating.dossierCode()));
	}

	@Test
	void aDossierWhoseResultIsNotReturnedCannotBeRated() {
		String code = dossiers.processed(DemoAccounts.CITIZEN);
		assertThat(rate(code, DemoAccounts.CITIZEN, "{\"level\":\"VERY_SATISFIED\"}")).hasStatus(409)
			.bodyJson().extractingPath("$.detail").asString().contains("chưa được trả kết quả");
		assertThat(mvc.get().uri("/my/dossiers/{code}/rating", code).with(as(DemoAccounts.CITIZEN))).hasStatus(409)
			.bodyText().contains("chưa được trả kết quả");
		assertThat(mvc.get().uri("/my/dossiers/{code}", code).with(as(DemoAccounts.CITIZEN))).bodyText()
			.doesNotContain("/rating");
	}

	@Test
	void theRatingCanBeChangedWithinTheConfiguredDaysAndNotAfter() {
		String code = dossiers.returned(DemoAccounts.CITIZEN);
		assertThat(rate(code, DemoAccounts.CITIZEN, "{\"level\":\"DISSATISFIED\"}")).hasStatusOk();

		clock.advance(Duration.ofDays(management.changeableDays()).minusHours(1));
		assertThat(rate(code, DemoAccounts.CITIZEN, "{\"level\":\"VERY_SATISFIED\",\"comment\":\"Đã được giải thích\"}"))
			.hasStatusOk().bodyJson().extractingPath("$.rating.level").isEqualTo("VERY_SATISFIED");
		assertThat(only(code).changedAt()).isEqualTo(clock.instant());

		clock.advance(Duration.ofHours(2));
		assertThat(rate(code, DemoAccounts.CITIZEN, "{\"level\":\"NEUTRAL\"}")).hasStatus(409)
			.bodyJson().extractingPath("$.detail").asString().contains("hết thời hạn thay đổi");
		assertThat(only(code).levelCode()).as("still the last rating given in time").isEqualTo("VERY_SATISFIED");
		assertThat(mvc.get().uri("/api/v1/my/dossiers/{code}/rating", code).with(as(DemoAccounts.CITIZEN)))
			.bodyJson().extractingPath("$.changeable").isEqualTo(false);
	}

	@Test
	void aLevelOutsideTheScaleIsRefusedWithTheReason() {
		String code = dossiers.returned(DemoAccounts.CITIZEN);
		assertThat(rate(code, DemoAccounts.CITIZEN, "{\"level\":\"EXCELLENT\"}")).hasStatus(400)
			.bodyJson().extractingPath("$.detail").asString().contains("EXCELLENT");
		assertThat(rate(code, DemoAccounts.CITIZEN, "{\"comment\":\"không chọn mức\"}")).hasStatus(400);
	}

	@Test
	void anAgencyThatAsksForTheNineIndicatorsGetsAllNine() {
		String code = dossiers.returned(DemoAccounts.CITIZEN);
		assertThat(settings("specialist", true)).as("only the leader sets it").hasStatus(403);
		assertThat(settings("leader", true)).hasStatusOk();
		try {
			assertThat(rate(code, DemoAccounts.CITIZEN, "{\"level\":\"SATISFIED\"}")).hasStatus(400)
				.bodyJson().extractingPath("$.detail").asString().contains("chín tiêu chí");
			String nine = Arrays.stream(Indicator.values())
				.map(indicator -> "\"" + indicator + "\":" + (indicator == Indicator.ATTITUDE ? 1 : 2))
				.collect(Collectors.joining(",", "{", "}"));
			assertThat(rate(code, DemoAccounts.CITIZEN, "{\"level\":\"SATISFIED\",\"indicators\":" + nine + "}"))
				.hasStatusOk().bodyJson().satisfies(json -> {
					assertThat(json).extractingPath("$.asksIndicators").isEqualTo(true);
					assertThat(json).extractingPath("$.rating.indicatorTotal").isEqualTo(17);
					assertThat(json).extractingPath("$.rating.indicators.ATTITUDE").isEqualTo(1);
				});
			assertThat(only(code).indicators()).hasSize(9);
		}
		finally {
			assertThat(settings("leader", false)).hasStatusOk();
		}
	}

	@Test
	void theCitizenRatesOnTheDossiersPageWithoutScript() {
		String code = dossiers.returned(DemoAccounts.CITIZEN);
		assertThat(mvc.get().uri("/my/dossiers/{code}", code).with(as(DemoAccounts.CITIZEN))).hasStatusOk()
			.bodyText().contains("/my/dossiers/" + code + "/rating").contains("Đánh giá mức độ hài lòng");
		assertThat(mvc.get().uri("/my/dossiers/{code}/rating", code).with(as(DemoAccounts.CITIZEN))).hasStatusOk()
			.bodyText().contains("Rất hài lòng").contains("Hài lòng").contains("Bình thường").contains("Không hài lòng");
		assertThat(mvc.post().uri("/my/dossiers/{code}/rating", code).param("level", "VERY_SATISFIED")
			.param("comment", "Nhanh gọn").with(as(DemoAccounts.CITIZEN)))
			.as("a form without its CSRF token is refused").hasStatus(403);
		assertThat(mvc.post().uri("/my/dossiers/{code}/rating", code).param("level", "VERY_SATISFIED")
			.param("comment", "Nhanh gọn").with(as(DemoAccounts.CITIZEN)).with(csrf()))
			.hasStatus3xxRedirection().redirectedUrl().isEqualTo("/my/dossiers/" + code + "/rating?saved");
		assertThat(mvc.get().uri("/my/dossiers/{code}/rating?saved", code).with(as(DemoAccounts.CITIZEN)))
			.bodyText().contains("Đã ghi nhận đánh giá").contains("Nhanh gọn");
		assertThat(only(code).levelCode()).isEqualTo("VERY_SATISFIED");
	}

	@Test
	void otherRolesAreRefused() {
		String code = dossiers.returned(DemoAccounts.CITIZEN);
		assertThat(mvc.get().uri("/api/v1/my/dossiers/{code}/rating", code).with(as("desk"))).hasStatus(403);
		assertThat(mvc.get().uri("/my/dossiers/{code}/rating", code).with(as("leader"))).hasStatus(403);
		assertThat(mvc.get().uri("/api/v1/ratings/statistics").with(as(DemoAccounts.CITIZEN))).hasStatus(403);
		assertThat(mvc.get().uri("/ratings/statistics").with(as("specialist"))).hasStatus(403);
		assertThat(mvc.get().uri("/desk/kiosks").with(as(DemoAccounts.CITIZEN))).hasStatus(403);
		assertThat(mvc.get().uri("/api/v1/desk/kiosks").with(as("leader"))).hasStatus(403);
	}

	/**
	 * Two first ratings at once (a second tap on the button): the later waits for the earlier's
	 * insert, fails on the one-rating constraint, and is made again as a change of the earlier; one
	 * rating remains, the later's, and the applicant sees no error.
	 */
	@Test
	void theSecondOfTwoFirstRatingsAtOnceChangesTheFirst() throws Exception {
		assumeTrue(DatabaseRaces.onPostgreSql(jdbc),
				"the race needs PostgreSQL's row locks on a pending insert to be observed");
		String code = dossiers.returned(DemoAccounts.CITIZEN);
		await().atMost(Duration.ofSeconds(10)).until(() -> ratables.findByDossierCode(code).isPresent());
		UUID citizen = accounts.findByUsername(DemoAccounts.CITIZEN).orElseThrow().id();
		CountDownLatch firstInserted = new CountDownLatch(1);
		CountDownLatch commitFirst = new CountDownLatch(1);

		CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
			management.rateOnce(citizen, code, new RatingInput("SATISFIED", "Lần bấm thứ nhất", Map.of()));
			firstInserted.countDown();
			DatabaseRaces.awaitQuietly(commitFirst);
		}));
		assertThat(firstInserted.await(30, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<Rating> second = CompletableFuture.supplyAsync(
				() -> management.rate(citizen, code, new RatingInput("VERY_SATISFIED", "Lần bấm thứ hai", Map.of())));
		await().atMost(Duration.ofSeconds(30)).until(() -> DatabaseRaces.aSessionWaitsForALock(jdbc));
		commitFirst.countDown();

		first.get(30, TimeUnit.SECONDS);
		assertThat(second.get(30, TimeUnit.SECONDS).levelCode()).isEqualTo("VERY_SATISFIED");
		assertThat(only(code).levelCode()).isEqualTo("VERY_SATISFIED");
	}

	private Rating only(String code) {
		return ratings.findAll().stream().filter(rating -> code.equals(rating.dossierCode())).reduce((a, b) -> {
			throw new AssertionError("more than one rating of " + code);
		}).orElseThrow();
	}

	private MvcTestResult rate(String code, String citizen, String json) {
		return mvc.put().uri("/api/v1/my/dossiers/{code}/rating", code).contentType(MediaType.APPLICATION_JSON)
			.content(json).with(as(citizen)).exchange();
	}

	private MvcTestResult settings(String officer, boolean asks) {
		return mvc.put().uri("/api/v1/ratings/settings").contentType(MediaType.APPLICATION_JSON)
			.content("{\"asksIndicators\":" + asks + "}").with(as(officer)).exchange();
	}

	private static RequestPostProcessor as(String username) {
		return httpBasic(username, DemoAccounts.PASSWORD);
	}
}
