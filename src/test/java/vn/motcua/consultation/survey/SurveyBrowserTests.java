package vn.motcua.consultation.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.CurrentUser;
import vn.motcua.testing.Browser;
import vn.motcua.testing.DemoAccounts;

/**
 * A visitor on a 360 px phone answers a survey without signing in: first forgetting a required
 * question, and told so at the question, then sent. axe checks every page.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SurveyBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	SurveyManagement surveys;

	@Autowired
	AccountManagement accounts;

	@Test
	void aVisitorAnswersASurveyOnAPhone() {
		CurrentUser leader = DemoAccounts.signedIn(accounts, "leader");
		Survey survey = surveys.prepare(SurveyFixtures.aPublicSurvey("Hài lòng " + UUID.randomUUID()), leader);
		SurveyFixtures.aQuestionnaire().forEach(draft -> surveys.addQuestion(survey.id(), draft, leader,
				Locale.forLanguageTag("vi")));
		surveys.open(survey.id(), leader);

		try (Browser visitor = Browser.start(port, 360, 800)) {
			visitor.open("/surveys").submit(By.linkText(survey.title()));
			new org.openqa.selenium.support.ui.Select(visitor.driver().findElement(By.id("area")))
				.selectByVisibleText(SurveyFixtures.AREAS.get(1));
			visitor.driver().findElement(By.cssSelector("label[for='answer-1-0']")).click();
			visitor.driver().findElement(By.cssSelector("label[for='answer-2-4']")).click();
			visitor.type("answer-3", "Thủ tục nhanh hơn trước");
			visitor.submit(By.cssSelector("form.form button[type=submit]"));
			assertThat(visitor.text(By.id("answer-0-error"))).isEqualTo("Vui lòng trả lời câu hỏi này.");
			assertThat(visitor.scrollsHorizontally()).isFalse();

			visitor.driver().findElement(By.cssSelector("label[for='answer-0-0']")).click();
			visitor.submit(By.cssSelector("form.form button[type=submit]"));
			assertThat(visitor.text(By.cssSelector("[role=status]"))).isEqualTo("Cảm ơn bạn đã gửi ý kiến.");
			assertThat(visitor.scrollsHorizontally()).isFalse();
		}
		assertThat(surveys.results(survey.id(), leader).areas().get(1).responses()).isEqualTo(1);
	}
}
