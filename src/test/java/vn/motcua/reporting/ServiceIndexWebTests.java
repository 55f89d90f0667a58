package vn.motcua.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.dossier.DossierIntake;
import vn.motcua.dossier.OnlineSubmission;
import vn.motcua.dossier.ResultDelivery;
import vn.motcua.dossier.ReturnedDossiers;
import vn.motcua.dossier.UploadedFile;
import vn.motcua.identity.AccountManagement;
import vn.motcua.petition.PetitionChannel;
import vn.motcua.petition.PetitionFigures;
import vn.motcua.petition.PetitionKind;
import vn.motcua.petition.PetitionManagement;
import vn.motcua.petition.PetitionSubmission;
import vn.motcua.rating.Dislikes;
import vn.motcua.rating.RatingInput;
import vn.motcua.rating.RatingManagement;
import vn.motcua.shared.Actor;
import vn.motcua.shared.VietnamTime;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.WebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * The service index and the satisfaction report over HTTP: 2.1 agrees with Biểu 06 of the same period,
 * 5.2/5.3 with the petition figures, 5.4 with Biểu 06 and the ratings; what cannot be measured earns
 * nothing; who may see them; the public dashboard's satisfaction column.
 */
@WebTest
class ServiceIndexWebTests {

	static final String AGENCY = "000.00.31.H55";
	static final String ONLINE_PROCEDURE = "1.013043.000.00.00.H55";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DossierIntake intake;

	@Autowired
	AccountManagement accounts;

	@Autowired
	PetitionManagement petitions;

	@Autowired
	RatingManagement ratings;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	LocalDate from;
	LocalDate to;
	String period;

	@BeforeEach
	void aReceivedDossier() {
		received();
		LocalDate today = LocalDate.now(VietnamTime.ZONE);
		from = today.minusDays(3);
		to = today.plusDays(1);
		period = "agency=" + AGENCY + "&from=" + from + "&to=" + to;
		Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(
				() -> jdbc.sql("SELECT COUNT(*) FROM event_publication").query(Long.class).single() == 0);
	}

	@Test
	void subCriterion21CountsWhatBieu06CountsAndEveryOtherNumberComesFromItsSource() {
		JsonNode bieu06 = read("/api/v1/reports/procedure-handling?" + period, "leader").get("total");
		JsonNode index = read("/api/v1/reports/service-index?" + period, "leader");
		Map<String, JsonNode> criteria = criteria(index);
		assertThat(criteria).hasSize(21);

		JsonNode c21 = criteria.get("2.1");
		long received = bieu06.get("received").asLong();
		assertThat(received).isPositive();
		assertThat(c21.get("status").asString()).isEqualTo("MEASURED");
		assertThat(c21.get("numerator").asLong()).isEqualTo(bieu06.get("early").asLong() + bieu06.get("onTime").asLong()
				+ bieu06.get("withinDeadline").asLong());
		assertThat(c21.get("denominator").asLong()).isEqualTo(received);
		assertThat(c21.get("points").decimalValue()).isEqualByComparingTo(ServiceIndexScoring
			.points(c21.get("numerator").asLong(), received, null, BigDecimal.valueOf(20)));
		assertThat(c21.get("targetAssumed").asBoolean()).isTrue();

		PetitionFigures figures = petitions.figures(AGENCY, from, to);
		assertRatio(criteria.get("5.2"), figures.criterion52());
		assertRatio(criteria.get("5.3"), figures.criterion53());

		// 5.4's dossiers with a petition or a dislike: the union of the two modules' dossiers, plus the
		// kiosk's dislikes that name none
		Dislikes dislikes = ratings.dislikes(AGENCY, from, to);
		Set<String> unsatisfied = new HashSet<>(dislikes.dossierCodes());
		unsatisfied.addAll(figures.paknDossierCodes());
		long late = bieu06.get("late").asLong() + bieu06.get("overdue").asLong();
		JsonNode c54 = criteria.get("5.4");
		assertThat(c54.get("numerator").asLong())
			.isEqualTo(Math.max(0, received - late - unsatisfied.size() - dislikes.withoutDossier()));
		assertThat(c54.get("denominator").asLong()).isEqualTo(received);
		assertThat(c54.get("target").decimalValue()).isEqualByComparingTo("90");

		for (String code : List.of("1.2", "1.4", "3.3", "3.4", "3.5", "3.6", "4.copy", "4.3", "4.4", "4.5a", "4.5b")) {
			JsonNode criterion = criteria.get(code);
			assertThat(criterion.get("status").asString()).as(code).isEqualTo("NOT_MEASURABLE");
			assertThat(criterion.get("points").decimalValue()).as(code).isZero();
			assertThat(criterion.get("numerator").isNull()).as(code).isTrue();
			assertThat(criterion.get("reason").asString()).as(code).startsWith("Chưa đo được");
		}
		BigDecimal sum = BigDecimal.ZERO;
		BigDecimal max = BigDecimal.ZERO;
		for (JsonNode group : index.get("groups")) {
			sum = sum.add(group.get("points").decimalValue());
			max = max.add(group.get("maxPoints").decimalValue());
		}
		assertThat(index.get("total").decimalValue()).isEqualByComparingTo(sum);
		assertThat(max).isEqualByComparingTo("100");
		assertThat(index.get("version").asString()).contains("766");
	}

	@Test
	void aPeriodWithoutRecordsMeasuresNothingAndScoresZero() {
		JsonNode index = read("/api/v1/reports/service-index?agency=" + AGENCY + "&from=2023-01-01&to=2023-01-31",
				"leader");
		Map<String, JsonNode> criteria = criteria(index);
		assertThat(criteria.get("2.1").get("status").asString()).isEqualTo("NOT_MEASURABLE");
		assertThat(criteria.get("2.1").get("denominator").asLong()).isZero();
		assertThat(index.get("total").decimalValue()).isZero();
		assertThat(index.get("versionEffectiveFrom").asString()).isEqualTo("2022-06-23");
		// before the first version of the weights came into force there is nothing to score with
		assertThat(mvc.get().uri("/api/v1/reports/service-index?agency=" + AGENCY + "&from=2001-01-01&to=2001-01-31")
			.with(as("leader"))).hasStatus(400);
	}

	@Test
	void onlyLeadersSeeTheIndexAndLeadersHeadsAndInspectorsTheSatisfactionReport() {
		for (String officer : List.of("leader", "unithead")) {
			assertThat(mvc.get().uri("/api/v1/reports/service-index?" + period).with(as(officer))).as(officer).hasStatusOk();
			assertThat(mvc.get().uri("/reports/service-index?" + period).with(as(officer))).as(officer).hasStatusOk();
		}
		for (String officer : List.of("leader", "unithead", "inspector")) {
			assertThat(mvc.get().uri("/api/v1/reports/satisfaction?" + period).with(as(officer))).as(officer).hasStatusOk();
			assertThat(mvc.get().uri("/reports/satisfaction?" + period + "&by=OFFICER").with(as(officer))).as(officer)
				.hasStatusOk();
		}
		for (String other : List.of("desk", "specialist", "records", DemoAccounts.CITIZEN)) {
			assertThat(mvc.get().uri("/api/v1/reports/service-index?" + period).with(as(other))).as(other).hasStatus(403);
			assertThat(mvc.get().uri("/reports/service-index?" + period).with(as(other))).as(other).hasStatus(403);
		}
		for (String other : List.of("desk", "specialist", DemoAccounts.CITIZEN)) {
			assertThat(mvc.get().uri("/api/v1/reports/satisfaction?" + period).with(as(other))).as(other).hasStatus(403);
		}
		assertThat(mvc.get().uri("/api/v1/reports/service-index?agency=000.00.99.H99").with(as("leader")))
			.as("another agency").hasStatus(403);
	}

	@Test
	void theSatisfactionReportExportsAndTheDashboardsShowTheIndexAndTheSatisfactionShare() {
		String csv = body(mvc.get().uri("/reports/satisfaction?" + period + "&format=csv").with(as("leader")).exchange());
		assertThat(csv).as("UTF-8 with the mark Excel needs").startsWith("\uFEFF\"Lĩnh vực\",\"Số phiếu\"");
		assertThat(body(mvc.get().uri("/reports/satisfaction?" + period + "&format=xlsx").with(as("leader")).exchange()))
			.isNotEmpty();
		assertThat(body(mvc.get().uri("/reports/management").with(as("leader")).exchange()))
			.contains("id=\"service-index\"").contains("Chưa đo được");
		String page = body(mvc.get().uri("/transparency?" + period).exchange());
		assertThat(page).contains("Tỷ lệ hài lòng (%)").doesNotContain(DemoAccounts.CITIZEN);
	}

	/** Ratios, targets and points in the page's language: 90,00 in Vietnamese, 90.00 in English, never mixed. */
	@Test
	void theIndexTableWritesItsFiguresInThePagesLanguage() {
		String vietnamese = body(mvc.get().uri("/reports/service-index?" + period).with(as("leader")).exchange());
		assertThat(vietnamese).containsPattern("<td>\\d+,\\d{2}</td>").doesNotContainPattern("<td>\\d+\\.\\d{2}</td>")
			.containsPattern("Tổng điểm: \\d+,\\d{2} /");
		String english = body(mvc.get().uri("/reports/service-index?" + period + "&lang=en").with(as("leader")).exchange());
		assertThat(english).containsPattern("<td>\\d+\\.\\d{2}</td>").doesNotContainPattern("<td>\\d+,\\d{2}</td>");
	}

	/** The weights' version is named by its decision, in Vietnamese letters (not "QÄ 766"). */
	@Test
	void theIndexPagesNameTheDecisionOfTheWeights() {
		for (String page : List.of("/reports/service-index?" + period, "/reports/management")) {
			assertThat(body(mvc.get().uri(page).with(as("leader")).exchange())).as(page)
				.contains("QĐ 766/QĐ-TTg (23/6/2022)");
		}
	}

	@Test
	void aDissatisfiedRatingCountsInTheSatisfactionReportAndLowers54ByOneDossier() {
		String code = new ReturnedDossiers(mvc, intake, accounts).returned(DemoAccounts.CITIZEN);
		awaitEvents();
		JsonNode before = criteria(read("/api/v1/reports/service-index?" + period, "leader")).get("5.4");
		JsonNode satisfactionBefore = read("/api/v1/reports/satisfaction?" + period, "inspector").get("total");
		UUID citizen = accounts.findByUsername(DemoAccounts.CITIZEN).orElseThrow().id();
		ratings.rate(citizen, code, new RatingInput("DISSATISFIED", null, Map.of()));
		awaitEvents();

		JsonNode satisfaction = read("/api/v1/reports/satisfaction?" + period, "inspector").get("total");
		assertThat(satisfaction.get("ratings").asLong()).isEqualTo(satisfactionBefore.get("ratings").asLong() + 1);
		assertThat(satisfaction.get("satisfied").asLong()).isEqualTo(satisfactionBefore.get("satisfied").asLong());
		JsonNode after = criteria(read("/api/v1/reports/service-index?" + period, "leader")).get("5.4");
		assertThat(after.get("denominator").asLong()).isEqualTo(before.get("denominator").asLong());
		assertThat(after.get("numerator").asLong())
			.isEqualTo(Math.max(0, before.get("numerator").asLong() - 1));
		// the public dashboard shows the sector's share, the same figure as the report's, and no name
		JsonNode sector = null;
		for (JsonNode row : read("/api/v1/reports/satisfaction?" + period + "&by=SECTOR", "leader").get("rows")) {
			sector = row;
		}
		assertThat(sector).isNotNull();
		assertThat(sector.get("ratings").asLong()).isPositive();
		String page = body(mvc.get().uri("/transparency?" + period).exchange());
		assertThat(page).doesNotContain("Nguyễn Văn An").doesNotContain(code);
	}

	/**
	 * 5.4 subtracts dossiers with a petition (feedback or a proposal naming them) or a dislike: a
	 * neutral rating ("Bình thường") is not a dislike, a dossier with both counts once, and a question
	 * naming a dossier is not a petition about it.
	 */
	@Test
	void criterion54SubtractsEachDossierWithAPetitionOrADislikeOnce() {
		String code = new ReturnedDossiers(mvc, intake, accounts).returned(DemoAccounts.CITIZEN);
		awaitEvents();
		UUID citizen = accounts.findByUsername(DemoAccounts.CITIZEN).orElseThrow().id();
		long start = numerator54();

		ratings.rate(citizen, code, new RatingInput("NEUTRAL", null, Map.of()));
		awaitEvents();
		assertThat(numerator54()).as("after a neutral rating").isEqualTo(start);

		petitions.receive(aboutDossier(PetitionKind.QUESTION, code), Actor.ANONYMOUS);
		assertThat(numerator54()).as("after a question naming the dossier").isEqualTo(start);

		petitions.receive(aboutDossier(PetitionKind.FEEDBACK, " " + code.toLowerCase(Locale.ROOT) + " "),
				Actor.ANONYMOUS);
		assertThat(numerator54()).as("after feedback naming the dossier").isEqualTo(start - 1);

		ratings.rate(citizen, code, new RatingInput("DISSATISFIED", null, Map.of()));
		awaitEvents();
		petitions.receive(aboutDossier(PetitionKind.PROPOSAL, code), Actor.ANONYMOUS);
		assertThat(numerator54()).as("after a dislike and a proposal on the same dossier").isEqualTo(start - 1);
	}

	private long numerator54() {
		return criteria(read("/api/v1/reports/service-index?" + period, "leader")).get("5.4").get("numerator").asLong();
	}

	private static PetitionSubmission aboutDossier(PetitionKind kind, String dossierCode) {
		return new PetitionSubmission(kind, PetitionChannel.WEB_FORM, "Hồ sơ chậm trả kết quả",
				"Hồ sơ của tôi đã quá hạn mà chưa có kết quả.", null, "Trần Thị Phản Ánh", "3 Lê Lợi, Quảng Ngãi",
				"0905765432", null, null, null, dossierCode, null, null, null, null);
	}

	private void awaitEvents() {
		Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(
				() -> jdbc.sql("SELECT COUNT(*) FROM event_publication").query(Long.class).single() == 0);
	}

	private void assertRatio(JsonNode criterion, PetitionFigures.Ratio ratio) {
		assertThat(criterion.get("numerator").asLong()).isEqualTo(ratio.numerator());
		assertThat(criterion.get("denominator").asLong()).isEqualTo(ratio.denominator());
		assertThat(criterion.get("status").asString()).isEqualTo(ratio.denominator() == 0 ? "NOT_MEASURABLE" : "MEASURED");
	}

	private static Map<String, JsonNode> criteria(JsonNode index) {
		Map<String, JsonNode> criteria = new HashMap<>();
		for (JsonNode group : index.get("groups")) {
			for (JsonNode criterion : group.get("subCriteria")) {
				criteria.put(criterion.get("code").asString(), criterion);
			}
		}
		return criteria;
	}

	private JsonNode read(String uri, String username) {
		return json.readTree(body(mvc.get().uri(uri).with(as(username)).exchange()));
	}

	private void received() {
		UUID citizen = accounts.findByUsername(DemoAccounts.CITIZEN).orElseThrow().id();
		byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
			.getBytes(StandardCharsets.ISO_8859_1);
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0,
				0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89 };
		String code = intake.submitOnline(citizen, new OnlineSubmission(ONLINE_PROCEDURE, "Quảng Ngãi",
				ResultDelivery.AT_DESK, null, null, List.of(new UploadedFile(0, "don.pdf", pdf),
						new UploadedFile(1, "cccd.png", png), new UploadedFile(2, "van-bang.pdf", pdf),
						new UploadedFile(3, "anh.png", png))))
			.code();
		assertThat(mvc.post().uri("/api/v1/desk/dossiers/{code}/acceptance", code).with(as("desk"))).hasStatusOk();
	}

	private static String body(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static RequestPostProcessor as(String username) {
		return httpBasic(username, DemoAccounts.PASSWORD);
	}
}
