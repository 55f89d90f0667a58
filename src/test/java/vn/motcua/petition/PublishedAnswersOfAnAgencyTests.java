package vn.motcua.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.Role;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.Actor;
import vn.motcua.testing.AnotherAgency;
import vn.motcua.testing.ClientAddresses;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.WebTest;

/**
 * The public questions and answers of one agency or of all (decision 0052), as the catalogue's procedures
 * (decision 0046): the page offers the agencies, keeps the one chosen in its links and names each answer's
 * agency; the API takes the code in any letter case; an unknown agency is refused with 400 and a message.
 */
@WebTest
class PublishedAnswersOfAnAgencyTests {

	/** Public look-ups are limited per address and minute: this class sends from its own (ClientAddresses). */
	static final RequestPostProcessor CLIENT = ClientAddresses.from("192.0.2.72");

	@Autowired
	MockMvcTester mvc;
	@Autowired
	PetitionManagement petitions;
	@Autowired
	OrganizationManagement organization;
	@Autowired
	AccountManagement accounts;

	AnotherAgency other;
	/** A word of this test's questions only, so that the lists hold them and no other test's. */
	final String word = "Mã" + UUID.randomUUID().toString().substring(0, 8);
	String homeQuestion;
	String otherQuestion;

	@BeforeEach
	void eachAgencyPublishesAnAnswer() {
		other = AnotherAgency.create(organization);
		homeQuestion = answered(petitions.receive(PetitionFixtures.aQuestion("Giờ mở cửa " + word,
				"Sở Công Thương làm việc sáng thứ Bảy không?", null), Actor.ANONYMOUS), "leader");
		otherQuestion = answered(petitions.receive(PetitionFixtures.aQuestionTo(other.agency().code(),
				"Giấy phép xây dựng " + word, "Nhà một tầng có cần giấy phép không?"), Actor.ANONYMOUS),
				other.officer(Role.UNIT_HEAD, Role.AGENCY_LEADER));
	}

	@Test
	void thePageListsOneAgencysAnswersWhenOneIsChosenAndEveryAgencysOtherwise() {
		assertThat(mvc.get().uri("/qa?q={word}", word).with(CLIENT)).hasStatusOk().bodyText()
			.contains("Giờ mở cửa " + word).contains("Giấy phép xây dựng " + word)
			.contains("Cơ quan trả lời: " + other.agency().name());

		assertThat(mvc.get().uri("/qa?q={word}&agency={code}", word, other.agency().code()).with(CLIENT)).hasStatusOk()
			.body().asString()
			.contains("Giấy phép xây dựng " + word).doesNotContain("Giờ mở cửa " + word)
			.contains("<option value=\"" + other.agency().code() + "\" selected=\"selected\"")
			.contains("<option value=\"\">Tất cả cơ quan</option>");
	}

	@Test
	void theApiFiltersByTheAgencyCodeInAnyLetterCase() {
		String lower = other.agency().code().toLowerCase(Locale.ROOT);
		assertThat(mvc.get().uri("/api/v1/qa?q={word}&agency={code}", word, lower).with(CLIENT)).hasStatusOk().bodyJson()
			.extractingPath("$[*].code").asArray().containsExactly(otherQuestion);
		assertThat(mvc.get().uri("/api/v1/qa?q={word}&agency={code}", word, organization.homeAgency().orElseThrow().code())
			.with(CLIENT)).hasStatusOk().bodyJson().extractingPath("$[*].code").asArray().containsExactly(homeQuestion);
		assertThat(mvc.get().uri("/api/v1/qa?q={word}&agency=", word).with(CLIENT)).hasStatusOk().bodyJson()
			.extractingPath("$[*].agencyCode").asArray().contains(other.agency().code());
	}

	@Test
	void aPageOfOneAgencysAnswersLinksToItsNextPageOfTheSameAgency() {
		answered(petitions.receive(PetitionFixtures.aQuestionTo(other.agency().code(), "Cấp phép sửa nhà " + word,
				"Sửa nhà có cần giấy phép không?"), Actor.ANONYMOUS), other.officer(Role.UNIT_HEAD, Role.AGENCY_LEADER));
		assertThat(mvc.get().uri("/api/v1/qa?q={word}&agency={code}&size=1", word, other.agency().code()).with(CLIENT))
			.hasStatusOk().headers().hasHeaderSatisfying("Link", link -> assertThat(link).singleElement().asString()
				.contains("agency=" + other.agency().code()));
	}

	@Test
	void anUnknownAgencyIsRefusedWithAMessage() {
		assertThat(mvc.get().uri("/api/v1/qa?agency=000.00.99.X99").with(CLIENT)).hasStatus(400).bodyJson()
			.extractingPath("$.detail").asString().contains("Không có cơ quan có mã \"000.00.99.X99\"");
		assertThat(mvc.get().uri("/qa?agency=000.00.99.X99&lang=en").with(CLIENT)).hasStatus(400).bodyText()
			.contains("There is no agency with the code");
	}

	@Test
	void theApiDocumentsTheAgencyParameter() {
		assertThat(mvc.get().uri("/v3/api-docs").with(CLIENT)).hasStatusOk().bodyJson()
			.extractingPath("$.paths['/api/v1/qa'].get.parameters[?(@.name == 'agency')].description").asArray()
			.singleElement().asString().contains("every agency's when absent");
	}

	/** Accepts and answers the petition, published, as that officer; its code. */
	private String answered(Petition question, String officer) {
		var user = DemoAccounts.signedIn(accounts, officer);
		petitions.accept(question.code(), user);
		petitions.answer(question.code(), "Trả lời công khai " + word, true, user);
		return question.code();
	}
}
