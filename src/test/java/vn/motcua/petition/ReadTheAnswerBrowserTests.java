package vn.motcua.petition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.identity.AccountManagement;
import vn.motcua.shared.Actor;
import vn.motcua.testing.Browser;

/**
 * A denouncer on a 360 px phone opens the link of the notice that their petition was answered: the
 * answer is shown by the reading key in the link, and not to whoever opens the tracking page by the
 * code alone, who is not offered to give a contact either (it would test guesses of the denouncer).
 * axe checks every page.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReadTheAnswerBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	PetitionManagement petitions;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDenouncerReadsTheAnswerByTheLinkOfTheNotice() {
		String code = petitions.receive(PetitionFixtures.aDenunciation(), Actor.ANONYMOUS).code();
		var leader = PetitionFixtures.officer(accounts, "leader");
		petitions.accept(code, leader);
		petitions.answer(code, "Tố cáo đúng một phần; cán bộ vi phạm đã bị kỷ luật.", false, leader);
		String sms = jdbc.sql("SELECT body FROM notification_message WHERE record_code = ? AND channel = 'SMS'")
			.param(code).query(String.class).single();
		String link = sms.substring(sms.indexOf("/petitions/track?"));

		try (Browser denouncer = Browser.start(port, 360, 800)) {
			denouncer.open("/petitions/track?code=" + code);
			assertThat(denouncer.text(By.tagName("main"))).contains("Đã trả lời", "mở đường dẫn")
				.doesNotContain("kỷ luật");
			assertThat(denouncer.driver().findElements(By.id("contact"))).as("no contact asked for").isEmpty();

			denouncer.open(link);
			assertThat(denouncer.text(By.cssSelector(".card"))).contains("cán bộ vi phạm đã bị kỷ luật")
				.doesNotContain(DenunciationConfidentialityTests.DENOUNCER);
			assertThat(denouncer.scrollsHorizontally()).isFalse();
		}
	}
}
