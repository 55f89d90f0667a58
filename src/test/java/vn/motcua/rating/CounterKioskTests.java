package vn.motcua.rating;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.Cookie;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * The counter kiosk rates only services the desk opened, each once: without a service, with a
 * service already rated, or without the kiosk's token, it refuses.
 */
@WebTest
@Import(MutableClock.Configuration.class)
class CounterKioskTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	RatingRepository ratings;

	@Autowired
	DossierIntake intake;

	@Autowired
	AccountManagement accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	CounterKiosks kiosks;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	Cookie token;
	UUID kiosk;

	@BeforeEach
	void theDeskOpensAKiosk() throws Exception {
		clock.reset();
		String counter = "Quầy " + UUID.randomUUID().toString().substring(0, 8);
		MvcTestResult opened = mvc.post().uri("/desk/kiosks").param("counterName", counter).with(as("desk")).with(csrf())
			.exchange();
		assertThat(opened).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/kiosk");
		String setCookie = opened.getResponse().getHeader(HttpHeaders.SET_COOKIE);
		assertThat(setCookie).contains("motcua-kiosk=").contains("HttpOnly").contains("SameSite=Strict")
			.contains("Path=/kiosk");
		token = new Cookie("motcua-kiosk", setCookie.substring("motcua-kiosk=".length(), setCookie.indexOf(';')));
		List<Map<String, Object>> kiosks = JsonPath.read(mvc.get().uri("/api/v1/desk/kiosks").with(as("desk")).exchange()
			.getResponse().getContentAsString(StandardCharsets.UTF_8), "$[?(@.counterName == '" + counter + "')]");
		assertThat(kiosks).hasSize(1);
		kiosk = UUID.fromString((String) kiosks.get(0).get("id"));
	}

	@Test
	void theKioskRefusesARatingWithoutAServiceOpenedByTheDesk() throws Exception {
		assertThat(mvc.get().uri("/kiosk").cookie(token)).hasStatusOk().bodyText().contains("Xin chào ông/bà")
			.doesNotContain("Rất hài lòng");
		long before = ratings.count();
		assertThat(rate(UUID.randomUUID(), "VERY_SATISFIED")).hasStatus(409).bodyText()
			.contains("Chưa có lượt phục vụ nào được mở");
		assertThat(ratings.count()).isEqualTo(before);
	}

	@Test
	void aServiceTakesOneRatingAndTheKioskResets() throws Exception {
		UUID service = openService(null);
		assertThat(mvc.get().uri("/kiosk").cookie(token)).hasStatusOk().bodyText().contains("Rất hài lòng")
			.contains("Không hài lòng").contains(service.toString());

		assertThat(rate(service, "SATISFIED")).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/kiosk/thanks");
		assertThat(mvc.get().uri("/kiosk/thanks").cookie(token)).hasStatusOk().bodyText().contains("Cảm ơn")
			.contains("url=/kiosk");
		assertThat(rate(service, "VERY_SATISFIED")).as("the same service again").hasStatus(409).bodyText()
			.contains("đã được đánh giá");
		assertThat(mvc.get().uri("/kiosk").cookie(token)).bodyText().contains("Xin chào ông/bà")
			.doesNotContain("Rất hài lòng");

		Rating rating = ratings.findByKioskServiceId(service).orElseThrow();
		assertThat(rating.source()).isEqualTo(RatingSource.KIOSK);
		assertThat(rating.levelCode()).isEqualTo("SATISFIED");
		assertThat(rating.officers()).extracting(RatedOfficer::username).containsExactly("desk");
		assertThat(rating.dossierCode()).isNull();
	}

	/** The desk types the code in whatever case; the kiosk and the rating keep it as the dossier does. */
	@Test
	void aServiceForADossierLinksTheRatingToItsProcedureAndSector() throws Exception {
		String code = new ReturnedDossiers(mvc, intake, accounts).returned(DemoAccounts.CITIZEN);
		UUID service = openService(code.toLowerCase(Locale.ROOT));
		assertThat(mvc.get().uri("/kiosk").cookie(token)).bodyText().contains(code);
		assertThat(rate(service, "DISSATISFIED")).hasStatus3xxRedirection();
		Rating rating = ratings.findByKioskServiceId(service).orElseThrow();
		assertThat(rating.dossierCode()).isEqualTo(code);
		assertThat(rating.procedureCode()).isEqualTo(ReturnedDossiers.PROCEDURE);
		assertThat(rating.sectorCode()).isEqualTo("CONG_NGHIEP_DP");
		assertThat(rating.satisfied()).isFalse();
	}

	@Test
	void aNewServiceReplacesOneThatWasNotRated() throws Exception {
		UUID first = openService(null);
		UUID second = openService(null);
		assertThat(rate(first, "SATISFIED")).hasStatus(409);
		assertThat(rate(second, "SATISFIED")).hasStatus3xxRedirection();
	}

	@Test
	void withoutTheKioskTokenNothingIsRated() throws Exception {
		UUID service = openService(null);
		assertThat(mvc.get().uri("/kiosk")).hasStatus(403).bodyText().contains("Kiosk chưa được mở");
		assertThat(mvc.post().uri("/kiosk/ratings").param("service", service.toString()).param("level", "SATISFIED")
			.with(csrf())).hasStatus(403);
		assertThat(mvc.post().uri("/kiosk/ratings").param("service", service.toString()).param("level", "SATISFIED")
			.cookie(new Cookie("motcua-kiosk", "doan-bua"))).as("nor with a guessed token").hasStatus(403);
		assertThat(mvc.post().uri("/kiosk/ratings").param("service", service.toString()).param("level", "SATISFIED")
			.cookie(token)).as("the kiosk's form needs its CSRF token").hasStatus(403);
		assertThat(ratings.findByKioskServiceId(service)).isEmpty();
	}

	@Test
	void aClosedKioskRatesNothing() throws Exception {
		UUID service = openService(null);
		assertThat(mvc.post().uri("/desk/kiosks/{id}/closure", kiosk).with(as("desk")).with(csrf()))
			.hasStatus3xxRedirection();
		assertThat(rate(service, "SATISFIED")).hasStatus(403);
		assertThat(mvc.get().uri("/kiosk").cookie(token)).hasStatus(403);
	}

	/**
	 * Two taps on the kiosk at once: both read the service as waiting, the later's kiosk update meets
	 * the earlier's version and is made again, which finds the service rated and says so on the
	 * kiosk's own page (which returns to waiting by itself), not on a bare error page.
	 */
	@Test
	void theSecondOfTwoRatingsAtOnceIsToldTheServiceIsRated() throws Exception {
		assumeTrue(DatabaseRaces.onPostgreSql(jdbc),
				"the race needs PostgreSQL's row locks on a pending update to be observed");
		UUID service = openService(null);
		CountDownLatch firstSaved = new CountDownLatch(1);
		CountDownLatch commitFirst = new CountDownLatch(1);

		CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
			kiosks.rateOnce(token.getValue(), service, "SATISFIED");
			firstSaved.countDown();
			DatabaseRaces.awaitQuietly(commitFirst);
		}));
		assertThat(firstSaved.await(30, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<MvcTestResult> second = CompletableFuture.supplyAsync(() -> rate(service, "VERY_SATISFIED"));
		await().atMost(Duration.ofSeconds(30)).until(() -> DatabaseRaces.aSessionWaitsForALock(jdbc));
		commitFirst.countDown();

		first.get(30, TimeUnit.SECONDS);
		assertThat(second.get(30, TimeUnit.SECONDS)).hasStatus(409).bodyText().contains("đã được đánh giá")
			.contains("url=/kiosk");
		assertThat(ratings.findByKioskServiceId(service).orElseThrow().levelCode()).isEqualTo("SATISFIED");
	}

	@Test
	void onlyTheDeskOpensServicesAndOnlyForItsOwnDossiers() throws Exception {
		assertThat(mvc.post().uri("/api/v1/desk/kiosks/{id}/services", kiosk).contentType(MediaType.APPLICATION_JSON)
			.content("{}").with(as("specialist"))).hasStatus(403);
		assertThat(mvc.post().uri("/api/v1/desk/kiosks/{id}/services", kiosk).contentType(MediaType.APPLICATION_JSON)
			.content("{\"dossierCode\":\"000.00.31.H55-261125-9999\"}").with(as("desk"))).hasStatus(400)
			.bodyJson().extractingPath("$.detail").asString().contains("000.00.31.H55-261125-9999");
		assertThat(mvc.post().uri("/api/v1/desk/kiosks/{id}/services", UUID.randomUUID())
			.contentType(MediaType.APPLICATION_JSON).content("{}").with(as("desk"))).hasStatus(404);
		assertThat(mvc.get().uri("/desk/kiosks").with(as("desk"))).hasStatusOk().bodyText().contains("Mở lượt đánh giá");
		assertThat(mvc.post().uri("/desk/kiosks").param("counterName", "Quầy 9").with(as(DemoAccounts.CITIZEN))
			.with(csrf())).hasStatus(403);
	}

	private UUID openService(String dossierCode) throws Exception {
		MvcTestResult opened = mvc.post().uri("/api/v1/desk/kiosks/{id}/services", kiosk)
			.contentType(MediaType.APPLICATION_JSON)
			.content(dossierCode == null ? "{}" : "{\"dossierCode\":\"" + dossierCode + "\"}").with(as("desk")).exchange();
		assertThat(opened).hasStatusOk();
		return UUID.fromString(JsonPath.read(opened.getResponse().getContentAsString(
				StandardCharsets.UTF_8), "$.id"));
	}

	private MvcTestResult rate(UUID service, String level) {
		return mvc.post().uri("/kiosk/ratings").param("service", service.toString()).param("level", level)
			.cookie(token).with(csrf()).exchange();
	}

	private static RequestPostProcessor as(String username) {
		return httpBasic(username, DemoAccounts.PASSWORD);
	}
}
