package vn.motcua.organization.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import vn.motcua.organization.Agency;
import vn.motcua.organization.AgencyContact;
import vn.motcua.organization.OrganizationChanged;
import vn.motcua.shared.InvalidFieldException;

/**
 * An administrator gives an agency's address, desk, hotline, e-mail, text-message number and map link; the
 * home agency's show on the public contact page, the hotline at the foot of every page and the number on
 * the offline page. Mistakes are named beside their fields, all at once, and nothing is saved.
 */
@RecordApplicationEvents
class AgencyContactPagesTests extends AdminPagesTestSupport {

	@Autowired
	ApplicationEvents events;

	@Test
	void anAdministratorGivesTheContactDetailsAndTheChangeIsAudited() throws Exception {
		Agency agency = anAgency();

		assertThat(mvc.post().uri("/admin/agencies/" + agency.id() + "/contact").with(admin()).with(csrf())
			.param("address", " 52 Hùng Vương, Quảng Ngãi ").param("deskPlace", "Trung tâm Phục vụ hành chính công")
			.param("hotline", "0255 3822 123").param("email", "motcua@example.vn").param("smsNumber", "8079")
			.param("mapUrl", "https://www.openstreetmap.org/#map=17/15.12/108.80"))
			.hasStatus3xxRedirection();

		AgencyContact contact = organization.contact(agency.id());
		assertThat(contact.address()).isEqualTo("52 Hùng Vương, Quảng Ngãi");
		assertThat(contact.hotlineToDial()).isEqualTo("02553822123");
		assertThat(events.stream(OrganizationChanged.class))
			.anyMatch(change -> change.action().equals("agency.contact.changed")
					&& change.recordId().equals(agency.id().toString()));
		Document page = Jsoup.parse(mvc.get().uri("/admin/agencies/" + agency.id()).with(admin()).exchange()
			.getResponse().getContentAsString());
		assertThat(page.getElementById("hotline").val()).isEqualTo("0255 3822 123");
	}

	@Test
	void everyMistakeIsNamedBesideItsFieldAndNothingIsSaved() throws Exception {
		Agency agency = anAgency();

		String html = mvc.post().uri("/admin/agencies/" + agency.id() + "/contact").with(admin()).with(csrf())
			.param("address", "Số 1").param("hotline", "gọi 0255").param("email", "motcua@").param("smsNumber", "80")
			.param("mapUrl", "javascript:alert(1)").exchange().getResponse().getContentAsString();

		Document page = Jsoup.parse(html);
		assertThat(page.select("#hotline-error").text()).startsWith("Số điện thoại chỉ gồm chữ số");
		assertThat(page.select("#email-error").text()).startsWith("Địa chỉ thư điện tử chưa đúng");
		assertThat(page.select("#smsNumber-error").text()).startsWith("Số nhận tin nhắn chỉ gồm 3 đến 15 chữ số");
		assertThat(page.select("#mapUrl-error").text()).isEqualTo("Đường dẫn bản đồ phải bắt đầu bằng https://.");
		assertThat(page.getElementById("address").val()).as("what was typed is kept").isEqualTo("Số 1");
		assertThat(organization.contact(agency.id()).isEmpty()).isTrue();
	}

	/** Whoever calls the service, not only the page, meets the same rules and the lengths. */
	@Test
	void theServiceRefusesWhatThePageRefusesAndTooLongATextOrAnAddressWithoutHost() {
		Agency agency = anAgency();

		assertThatThrownBy(() -> organization.changeContact(new AgencyContact(agency.id(), null, "x".repeat(301), null,
				null, null, null, null)))
			.isInstanceOfSatisfying(InvalidFieldException.class, refusal -> assertThat(refusal.field()).isEqualTo("address"));
		assertThatThrownBy(() -> organization.changeContact(new AgencyContact(agency.id(), null, null, null, null, null,
				null, "https:///nothing")))
			.isInstanceOfSatisfying(InvalidFieldException.class, refusal -> assertThat(refusal.field()).isEqualTo("mapUrl"));
		assertThatThrownBy(() -> organization.changeContact(new AgencyContact(agency.id(), null, null, null, "0255-3822",
				null, null, null)))
			.isInstanceOfSatisfying(InvalidFieldException.class, refusal -> assertThat(refusal.field()).isEqualTo("hotline"));
		assertThat(organization.contact(agency.id()).isEmpty()).isTrue();
	}

	@Test
	void theHomeAgencysDetailsAreOnTheContactPageInEveryFooterAndOnTheOfflinePage() throws Exception {
		Agency home = organization.homeAgency().orElseThrow();
		AgencyContact demo = organization.contact(home.id());
		try {
			organization.changeContact(new AgencyContact(home.id(), null, "52 Hùng Vương", "Quầy số 5",
					"0255 3822 123", "motcua@example.vn", "8079", "https://www.openstreetmap.org/"));

			Document contact = Jsoup.parse(mvc.get().uri("/contact").exchange().getResponse().getContentAsString());
			assertThat(contact.select("main").text()).contains("52 Hùng Vương").contains("Quầy số 5")
				.contains("Soạn TRACUU <mã hồ sơ> gửi 8079");
			assertThat(contact.select("main a[href=\"tel:02553822123\"]").text()).isEqualTo("0255 3822 123");
			assertThat(contact.select("main a[href=\"mailto:motcua@example.vn\"]")).hasSize(1);
			assertThat(contact.select("main a[href=\"https://www.openstreetmap.org/\"]").attr("rel")).contains("noopener");

			Document anyPage = Jsoup.parse(mvc.get().uri("/procedures").exchange().getResponse().getContentAsString());
			assertThat(anyPage.select("footer a[href=\"tel:02553822123\"]")).hasSize(1);
			assertThat(anyPage.select("footer a[href=\"/contact\"]")).hasSize(1);
			assertThat(mvc.get().uri("/offline")).bodyText().contains("gửi 8079");

			organization.changeContact(new AgencyContact(home.id(), null, null, null, " ", null, null, null));
			Document without = Jsoup.parse(mvc.get().uri("/contact").exchange().getResponse().getContentAsString());
			assertThat(without.select("footer a[href^=\"tel:\"]")).isEmpty();
			assertThat(without.select("main").text()).contains("Cơ quan chưa công bố địa chỉ và cách liên hệ");
		}
		finally {
			organization.changeContact(demo);
		}
	}
}
