package vn.motcua.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.motcua.identity.AccountManagement;
import vn.motcua.testing.PagedResponses;
import vn.motcua.testing.WebTest;

/**
 * The public API of publications: a public one listed under its category and year and read with its
 * files, a replaced one in the archive naming its replacement; bad input a problem in the caller's
 * language; every category configured has its label.
 */
@WebTest
class DisclosureApiTests {

	@Autowired
	MockMvcTester mvc;
	@Autowired
	DisclosureManagement disclosures;
	@Autowired
	AccountManagement accounts;
	@Autowired
	Clock clock;
	@Autowired
	DisclosureRules rules;

	@Test
	void aPublicationIsListedByCategoryAndYearAndReadWithItsFiles() {
		String title = "Dự toán " + UUID.randomUUID();
		Disclosure published = DisclosureFixtures.published(disclosures, accounts,
				DisclosureFixtures.aPublicBudget(clock, title));
		int year = published.postedFrom().getYear();
		assertThat(mvc.get().uri("/api/v1/disclosures?category=BUDGET&year={year}&size=200", year)).hasStatusOk()
			.bodyJson().extractingPath("$[?(@.title == '%s')].status".formatted(title)).asArray()
			.containsExactly("PUBLISHED");
		assertThat(json("/api/v1/disclosures?category=PLAN&size=200")).doesNotContain(title);
		assertThat(json("/api/v1/disclosures?category=BUDGET&year=" + (year - 1) + "&size=200")).doesNotContain(title);
		assertThat(mvc.get().uri("/api/v1/disclosures/{id}", published.id())).hasStatusOk().bodyJson()
			.satisfies(json -> assertThat(json).extractingPath("$.category").isEqualTo("BUDGET"))
			.satisfies(json -> assertThat(json).extractingPath("$.replacedBy").isNull())
			.satisfies(json -> assertThat(json).extractingPath("$.files[0]").asString()
				.isEqualTo("/disclosures/" + published.id() + "/files/0"));
	}

	@Test
	void aReplacedOneIsInTheArchiveNamingItsReplacement() {
		String title = "Dự toán " + UUID.randomUUID();
		Disclosure published = DisclosureFixtures.published(disclosures, accounts,
				DisclosureFixtures.aPublicBudget(clock, title));
		Disclosure correction = disclosures.prepareReplacement(published.id(),
				DisclosureFixtures.aPublicBudget(clock, title + " (đính chính)"), List.of(),
				DisclosureFixtures.user(accounts, "specialist"));
		disclosures.publish(correction.id(), DisclosureFixtures.user(accounts, "leader"));

		String archive = PagedResponses.utf8(mvc.get().uri("/api/v1/disclosures?archive=true&category=BUDGET&size=200")
			.exchange());
		assertThat(JsonPath.<List<String>>read(archive, "$[?(@.title == '%s')].status".formatted(title)))
			.containsExactly("REPLACED");
		assertThat(json("/api/v1/disclosures?category=BUDGET&size=200")).contains(title + " (đính chính)").doesNotContain("\"" + title + "\"");
		assertThat(mvc.get().uri("/api/v1/disclosures/{id}", published.id())).hasStatusOk().bodyJson()
			.extractingPath("$.replacedBy").isEqualTo(correction.id().toString());
	}

	@Test
	void aBadYearOrSizeIsAProblemInTheCallersLanguage() {
		assertThat(mvc.get().uri("/api/v1/disclosures?year=1990").header("Accept-Language", "en")).hasStatus(400)
			.bodyJson().extractingPath("$.detail").isEqualTo("The year must be from 2000 to 2100.");
		assertThat(mvc.get().uri("/api/v1/disclosures?size=0").header("Accept-Language", "vi")).hasStatus(400)
			.bodyJson().extractingPath("$.detail").isEqualTo("Mỗi trang có từ 1 đến 200 thông tin.");
	}

	@Test
	void everyConfiguredCategoryHasItsLabelInBothLanguages() throws Exception {
		for (String bundle : List.of("messages/disclosure.properties", "messages/disclosure_en.properties")) {
			Properties labels = new Properties();
			try (var in = new ClassPathResource(bundle).getInputStream()) {
				labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
			assertThat(rules.categoryCodes()).as(bundle).isNotEmpty()
				.allSatisfy(code -> assertThat(labels).containsKey("disclosure.category." + code));
		}
	}

	/** The answer's body as UTF-8 (JSON declares no character set). */
	private String json(String uri) {
		MvcTestResult answer = mvc.get().uri(uri).exchange();
		assertThat(answer).hasStatusOk();
		return PagedResponses.utf8(answer);
	}
}
