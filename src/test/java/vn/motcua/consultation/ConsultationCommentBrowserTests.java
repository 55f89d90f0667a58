package vn.motcua.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.identity.AccountManagement;
import vn.motcua.testing.Browser;
import vn.motcua.testing.DemoAccounts;

/**
 * A visitor on a 360 px phone finds an open draft from the list, reads it, forgets the comment's
 * text and is told so at the field, then comments and sees the code to quote. axe checks every page.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsultationCommentBrowserTests {

	@LocalServerPort
	int port;
	@Autowired
	ConsultationManagement consultations;
	@Autowired
	AccountManagement accounts;
	@Autowired
	Clock clock;

	@Test
	void aVisitorReadsAnOpenDraftAndCommentsOnAPhone() {
		String title = "Kế hoạch phát triển chợ " + UUID.randomUUID();
		Consultation draft = consultations.prepare(ConsultationFixtures.aPublicDraft(clock, title),
				ConsultationFixtures.aPdf(), DemoAccounts.signedIn(accounts, "specialist"));
		consultations.open(draft.id(), DemoAccounts.signedIn(accounts, "unithead"));

		try (Browser visitor = Browser.start(port, 360, 800)) {
			visitor.open("/consultations").submit(By.linkText(title));
			assertThat(visitor.text(By.tagName("main"))).contains("Phòng Quản lý Thương mại").contains("du-thao.pdf")
				.contains("Đang lấy ý kiến");
			visitor.type("name", "Trương Thị Góp").type("clause", "Điều 4")
				.submit(By.cssSelector("form.form button[type=submit]"));
			assertThat(visitor.text(By.id("text-error"))).isEqualTo("Vui lòng nhập thông tin này.");
			visitor.type("text", "Nên bố trí khu vực riêng cho hàng nông sản.")
				.submit(By.cssSelector("form.form button[type=submit]"));
			assertThat(visitor.text(By.cssSelector("[role=status]"))).startsWith("Đã nhận góp ý của bạn. Mã góp ý: GY");
			assertThat(visitor.scrollsHorizontally()).isFalse();
		}
	}
}
