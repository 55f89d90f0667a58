package vn.motcua.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.WebTest;

/**
 * The share satisfied is one figure on every page that shows it (the leaders' statistics, the
 * satisfaction report, the public dashboard): satisfied ratings per hundred ratings, written with two
 * decimals in the page's language, and no share at all, not 0 %, where nobody rated.
 */
@WebTest
class SatisfactionShareTests {

	static final String AGENCY = "000.00.31.H55";

	@Autowired
	RatingRepository ratings;

	@Autowired
	RatingScale scale;

	@Autowired
	MockMvcTester mvc;

	/** A day of its own, long before any other test's ratings. */
	LocalDate day;

	/** Three satisfied ratings of four (very satisfied, satisfied twice, neutral): 75 %. */
	@BeforeEach
	void fourRatingsOnADayOfTheirOwn() {
		day = LocalDate.of(2000, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(7000));
		for (String level : List.of("VERY_SATISFIED", "SATISFIED", "SATISFIED", "NEUTRAL")) {
			var handling = new RatedHandling(AGENCY, UUID.randomUUID(), "HS-" + UUID.randomUUID(), "P", "Thủ tục P",
					"DIEN", List.of());
			var at = day.atTime(3, 0).toInstant(ZoneOffset.UTC);
			ratings.save(Rating.online(handling, UUID.randomUUID(), scale.require(level), null, List.of(), at,
					at.plusSeconds(86_400)));
		}
	}

	@ParameterizedTest(name = "{0} in {1}")
	@CsvSource(delimiter = '|', textBlock = """
			/ratings/statistics?by=SECTOR   | vi | 75,00 | 75.00
			/ratings/statistics?by=SECTOR   | en | 75.00 | 75,00
			/reports/satisfaction?by=SECTOR | vi | 75,00 | 75.00
			/reports/satisfaction?by=SECTOR | en | 75.00 | 75,00
			/transparency?agency=           | vi | 75,00 | 75.00
			/transparency?agency=           | en | 75.00 | 75,00
			""")
	void everyPageWritesTheShareAlike(String page, String language, String share, String otherLanguages) {
		assertThat(mvc.get().uri(page + "&from={d}&to={d}&lang={l}", day, day, language).with(leader()))
			.hasStatusOk().bodyText()
			.contains("<td>" + share + "</td>")
			// not "75,0" either: the dashboard's table of the current year writes on-time shares with one decimal,
			// and the other tests' dossiers of this year may well make one of them 75,0 (as one CI run did)
			.doesNotContain(otherLanguages, "75%");
	}

	/** The leaders' statistics said "0%", the report "0.00", where the dashboard said nothing. */
	@ParameterizedTest(name = "{0}")
	@CsvSource({ "/ratings/statistics?by=SECTOR", "/reports/satisfaction?by=SECTOR" })
	void withoutRatingsThereIsNoShare(String page) {
		LocalDate before = day.minusDays(1);
		assertThat(mvc.get().uri(page + "&from={d}&to={d}", before, before).with(leader()))
			.hasStatusOk().bodyText()
			.doesNotContain("0%", "<td>0.00</td>", "<td>0,00</td>");
	}

	private static RequestPostProcessor leader() {
		return httpBasic("leader", DemoAccounts.PASSWORD);
	}
}
