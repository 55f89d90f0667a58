package vn.motcua.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.identity.Role;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.testing.AnotherAgency;
import vn.motcua.testing.ClientAddresses;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.WebTest;

/**
 * A citizen addresses a petition, and reads the reception schedule, of the agency they choose (decision
 * 0047): a petition to another agency lands there, its officers (and only they) see and handle it, its
 * public progress reads as any other's; naming no agency reaches the home agency, and an unknown one is
 * refused with a message. The reception log is the officer's own agency's.
 */
@WebTest
class PetitionsOfAnotherAgencyTests {

	@Autowired
	MockMvcTester mvc;
	@Autowired
	OrganizationManagement organization;
	@Autowired
	PetitionManagement petitions;
	@Autowired
	JdbcTemplate jdbc;

	AnotherAgency other;
	String otherHead;

	@BeforeEach
	void anotherAgencyWithAUnitHead() {
		other = AnotherAgency.create(organization);
		otherHead = other.officer(Role.UNIT_HEAD, Role.RECEPTION_OFFICER);
	}

	@Test
	void aPetitionSentToAnotherAgencyOverTheApiIsItsOfficersAndNotTheHomeAgencys() throws Exception {
		MvcTestResult sent = mvc.post().uri("/api/v1/petitions").with(CLIENT).contentType(MediaType.APPLICATION_JSON).content("""
				{"kind":"FEEDBACK","title":"Giấy phép xây dựng chậm","content":"Hồ sơ xin phép xây dựng quá hạn",
				"name":"Nguyễn Văn An","address":"12 Lê Lợi","phone":"0905123456","agencyCode":"%s"}"""
			.formatted(other.agency().code())).exchange();
		assertThat(sent).hasStatus(201);
		String code = JsonPath.read(sent.getResponse().getContentAsString(), "$.code");

		assertThat(petitions.track(code).orElseThrow().agencyCode()).isEqualTo(other.agency().code());
		assertThat(mvc.get().uri("/api/v1/petitions").with(CLIENT).with(as(otherHead))).hasStatusOk().bodyText().contains(code);
		assertThat(mvc.get().uri("/api/v1/petitions/{code}", code).with(CLIENT).with(as(otherHead))).hasStatusOk();
		assertThat(mvc.get().uri("/work/petitions").with(CLIENT).with(as(otherHead))).hasStatusOk().bodyText().contains(code);
		assertThat(mvc.post().uri("/api/v1/petitions/{code}/acceptance", code).with(CLIENT).with(as(otherHead))).hasStatusOk();

		assertThat(mvc.get().uri("/api/v1/petitions?size=200").with(CLIENT).with(as("leader"))).hasStatusOk().bodyText()
			.doesNotContain(code);
		assertThat(mvc.get().uri("/api/v1/petitions/{code}", code).with(CLIENT).with(as("leader"))).hasStatus(404);
		assertThat(mvc.post().uri("/api/v1/petitions/{code}/closure", code).with(CLIENT).with(as("leader"))).hasStatus(404);

		assertThat(mvc.get().uri("/api/v1/petitions/{code}/progress", code).with(CLIENT)).hasStatusOk().bodyJson()
			.extractingPath("$.status").isEqualTo("ACCEPTED");
		assertThat(mvc.get().uri("/petitions/track?code={code}", code).with(CLIENT)).hasStatusOk();
	}

	@Test
	void thePublicFormOffersTheAgenciesWithTheHomeAgencyChosenAndSendsToTheOneChosen() {
		String home = organization.homeAgency().orElseThrow().code();
		assertThat(mvc.get().uri("/petitions/new").with(CLIENT)).hasStatusOk().bodyText()
			.contains(other.agency().name()).contains("Cơ quan nhận và giải quyết đơn");
		assertThat(mvc.get().uri("/petitions/new").with(CLIENT)).hasStatusOk().body().asString()
			.containsPattern("<option value=\"" + java.util.regex.Pattern.quote(home) + "\" selected=\"selected\"");

		String title = "Góp ý thủ tục " + UUID.randomUUID();
		assertThat(mvc.post().uri("/petitions").with(CLIENT).with(csrf()).param("submissionKey", UUID.randomUUID().toString())
			.param("agencyCode", other.agency().code()).param("kind", "QUESTION").param("title", title)
			.param("content", "Thủ tục cấp phép mất bao lâu?").param("name", "Nguyễn Văn An").param("email", "an@example.vn"))
			.hasStatus3xxRedirection();
		assertThat(agencyOfTitle(title)).isEqualTo(other.agency().code());
	}

	@Test
	void namingNoAgencyReachesTheHomeAgencyAsBefore() {
		String title = "Câu hỏi không nêu cơ quan " + UUID.randomUUID();
		assertThat(mvc.post().uri("/api/v1/petitions").with(CLIENT).contentType(MediaType.APPLICATION_JSON).content("""
				{"kind":"QUESTION","title":"%s","content":"Nội dung","name":"Nguyễn Văn An","email":"an@example.vn"}""".formatted(title)))
			.hasStatus(201);
		assertThat(agencyOfTitle(title)).isEqualTo(organization.homeAgency().orElseThrow().code());
	}

	@Test
	void anUnknownAgencyIsRefusedWithAMessageAndNothingIsReceived() {
		String title = "Đơn gửi cơ quan không có " + UUID.randomUUID();
		assertThat(mvc.post().uri("/api/v1/petitions").with(CLIENT).contentType(MediaType.APPLICATION_JSON).content("""
				{"kind":"QUESTION","title":"%s","content":"Nội dung","name":"Nguyễn Văn An","email":"an@example.vn","agencyCode":"000.00.99.X99"}"""
			.formatted(title))).hasStatus(400).bodyJson().extractingPath("$.errors.agencyCode").asString()
			.contains("Cơ quan đã chọn không có trong hệ thống");
		assertThat(mvc.post().uri("/petitions").with(CLIENT).with(csrf()).param("submissionKey", UUID.randomUUID().toString())
			.param("agencyCode", "no such agency").param("kind", "QUESTION").param("title", title)
			.param("content", "Nội dung").param("name", "Nguyễn Văn An").param("email", "an@example.vn"))
			.hasStatusOk().bodyText().contains("Cơ quan đã chọn không có trong hệ thống");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM petition WHERE title = ?", Integer.class, title)).isZero();

		assertThat(mvc.get().uri("/api/v1/reception/schedule?agencyCode=000.00.99.X99").with(CLIENT)).hasStatus(400);
		assertThat(mvc.get().uri("/reception?agencyCode=000.00.99.X99").with(CLIENT)).hasStatusOk().bodyText()
			.contains("Cơ quan đã chọn không có trong hệ thống");
	}

	@Test
	void anAgencyWhoseReceptionDaysAreNotConfiguredSaysSoAndTheHomeAgencysAreShown() {
		assertThat(mvc.get().uri("/reception?agencyCode={code}", other.agency().code()).with(CLIENT)).hasStatusOk().bodyText()
			.contains(other.agency().name() + " chưa công bố lịch tiếp công dân").doesNotContain("Tiếp công dân thường xuyên");
		assertThat(mvc.get().uri("/api/v1/reception/schedule?agencyCode={code}", other.agency().code()).with(CLIENT)).hasStatusOk()
			.bodyJson().extractingPath("$").asArray().isEmpty();
		assertThat(mvc.get().uri("/reception").with(CLIENT)).hasStatusOk().bodyText().contains("Tiếp công dân thường xuyên");
	}

	@Test
	void theReceptionLogAndThePetitionsAnOfficerRecordsAreTheirOwnAgencys() {
		String citizens = "Trần Thị Tiếp " + UUID.randomUUID() + ", 3 Quang Trung";
		assertThat(mvc.post().uri("/work/reception").with(CLIENT).with(csrf()).with(as(otherHead)).param("citizens", citizens)
			.param("persons", "1").param("content", "Đề nghị cấp phép xây dựng")).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/work/reception").with(CLIENT).with(as(otherHead))).hasStatusOk().bodyText().contains(citizens);
		assertThat(mvc.get().uri("/work/reception").with(CLIENT).with(as("desk"))).hasStatusOk().bodyText().doesNotContain(citizens);
		assertThat(jdbc.queryForObject("SELECT agency_code FROM reception_record WHERE citizens = ?", String.class,
				citizens)).isEqualTo(other.agency().code());

		String title = "Đơn ghi từ đường dây nóng " + UUID.randomUUID();
		assertThat(mvc.post().uri("/work/petitions").with(CLIENT).with(csrf()).with(as(otherHead))
			.param("submissionKey", UUID.randomUUID().toString()).param("channel", "HOTLINE").param("kind", "QUESTION")
			.param("title", title).param("content", "Nội dung").param("name", "Nguyễn Văn An").param("email", "an@example.vn")
			// a form that names the home agency does not move the officer's record there
			.param("agencyCode", organization.homeAgency().orElseThrow().code())).hasStatus3xxRedirection();
		assertThat(agencyOfTitle(title)).isEqualTo(other.agency().code());
	}

	@Test
	void theApiDocumentsTheAgencyField() {
		assertThat(mvc.get().uri("/v3/api-docs").with(CLIENT)).hasStatusOk().bodyJson()
			.extractingPath("$.components.schemas.PetitionForm.properties.agencyCode.description").asString()
			.contains("the home agency when absent");
	}

	private String agencyOfTitle(String title) {
		return jdbc.queryForObject("SELECT agency_code FROM petition WHERE title = ?", String.class, title);
	}

	/** Petitions are limited per address and minute: this class sends from its own (ClientAddresses). */
	private static final RequestPostProcessor CLIENT = ClientAddresses.from("192.0.2.54");

	private static RequestPostProcessor as(String username) {
		return httpBasic(username, DemoAccounts.PASSWORD);
	}
}
