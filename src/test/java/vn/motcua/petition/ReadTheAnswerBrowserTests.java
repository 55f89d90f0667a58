package vn.motcua.petition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.identity.AccountManagement;
import vn.motcua.shared.Actor;
import vn.motcua.testing.Browser;

/**
 * A denouncer on a 360 px phone opens the link of the notice that their petition was answered: the
 * answer is not shown until they type the phone number written in it (a wrong one first, and they
 * are told so). axe checks every page.
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

	@Test
	void theDenouncerReadsTheAnswerWithTheirPhoneNumber() {
		String code = petitions.receive(PetitionFixtures.aDenunciation(), Actor.ANONYMOUS).code();
		var leader = PetitionFixtures.officer(accounts, "leader");
		petitions.accept(code, leader);
		petitions.answer(code, "Tố cáo đúng một phần; cán bộ vi phạm đã bị kỷ luật.", false, leader);

		try (Browser denouncer = Browser.start(port, 360, 800)) {
			denouncer.open("/petitions/track?code=" + code);
			assertThat(denouncer.text(By.tagName("main"))).contains("Đã trả lời").doesNotContain("kỷ luật");

			denouncer.type("contact", "0905000000").submit(By.cssSelector(".card form button"));
			assertThat(denouncer.text(By.cssSelector("#contact-error"))).contains("không khớp");
			denouncer.type("contact", "0905 123 456").submit(By.cssSelector(".card form button"));
			assertThat(denouncer.text(By.cssSelector(".card"))).contains("cán bộ vi phạm đã bị kỷ luật")
				.doesNotContain(DenunciationConfidentialityTests.DENOUNCER);
			assertThat(denouncer.scrollsHorizontally()).isFalse();
		}
	}
}
