package vn.motcua.organization.web;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.Role;
import vn.motcua.identity.RoleGrant;
import vn.motcua.organization.Agency;
import vn.motcua.organization.Officer;
import vn.motcua.organization.Unit;
import vn.motcua.organization.UnitKind;
import vn.motcua.testing.ErrorSummaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Administrators create officers with their accounts, list them by unit and change them; every
 * refusal names its field in the user's language and stores nothing.
 */
class OfficerAdminPagesTests extends AdminPagesTestSupport {

	@Autowired
	AccountManagement accounts;

	@Test
	void theNewOfficerFormOffersOfficerRolesOnly() {
		Agency agency = anAgency();
		aUnit(agency, "Văn phòng");

		assertThat(mvc.get().uri(agencyPath(agency) + "/officers/new").with(admin()))
			.hasStatusOk()
			.bodyText()
			.contains("id=\"role-SPECIALIST\"", "id=\"role-ADMINISTRATOR\"", "<legend>Vai trò</legend>", ">Văn phòng</option>")
			.doesNotContain("role-APPLICANT");
	}

	@Test
	void adminCreatesAnOfficerWhoThenSignsInWithTheInitialPassword() {
		Agency agency = anAgency();
		Unit unit = aUnit(agency, "Phòng Quản lý Thương mại");
		String username = unique("nguyen.van.");

		MvcTestResult result = newOfficer(agency, unit, username).param("roles", "SPECIALIST", "UNIT_HEAD").exchange();

		Officer officer = organization.officers(agency.id()).get(0);
		assertThat(result).hasRedirectedUrl(officerPath(agency, officer.id()));
		assertThat(officer.fullName()).isEqualTo("Nguyễn Văn An");
		assertThat(officer.positionTitle()).isEqualTo("Chuyên viên");
		assertThat(officer.unitId()).isEqualTo(unit.id());
		assertThat(accounts.findById(officer.accountId()).orElseThrow().roles())
			.containsExactlyInAnyOrder(RoleGrant.officer(Role.SPECIALIST, agency.id()),
					RoleGrant.officer(Role.UNIT_HEAD, agency.id()));
		assertThat(signIn(username, GOOD_PASSWORD)).hasRedirectedUrl("/home");
	}

	@Test
	void theOfficersTableShowsUnitRolesAndAccountStateAndFiltersByUnit() {
		Agency agency = anAgency();
		Unit office = aUnit(agency, "Văn phòng");
		Unit market = aUnit(agency, "Chi cục");
		Unit team = organization.addUnit(agency.id(), market.id(), "Đội 1", UnitKind.TEAM);
		Officer clerk = anOfficer(agency, office, unique("clerk"));
		Officer inspector = anOfficer(agency, team, unique("inspector"));

		assertThat(mvc.get().uri(agencyPath(agency) + "/officers").with(admin()))
			.hasStatusOk()
			.bodyText()
			.contains(clerk.fullName(), inspector.fullName(), "<th scope=\"col\">Đơn vị công tác</th>", ">Đội 1</td>",
					"Chuyên viên", "data-state=\"ACTIVE\"", "Đang hoạt động");
		assertThat(mvc.get().uri(agencyPath(agency) + "/officers?unit=" + market.id()).with(admin()))
			.hasStatusOk()
			.bodyText()
			.contains(inspector.fullName())
			.doesNotContain(clerk.fullName());
	}

	@ParameterizedTest
	@CsvSource({ "'', Tên đăng nhập gồm 3 đến 50 ký tự", "en, A user name has 3 to 50 characters" })
	void refusesAMalformedUsername(String language, String message) {
		Agency agency = anAgency();
		Unit unit = aUnit(agency, "Văn phòng");

		assertRefused(newOfficer(agency, unit, "Nguyễn Văn An").param("lang", language).param("roles", "SPECIALIST"),
				message, "username-error");
	}

	@ParameterizedTest
	@CsvSource({ "'', Tên đăng nhập này đã có người dùng.", "en, This user name is already taken." })
	void refusesATakenUsername(String language, String message) {
		Agency agency = anAgency();
		Unit unit = aUnit(agency, "Văn phòng");

		assertRefused(newOfficer(agency, unit, "admin").param("lang", language).param("roles", "SPECIALIST"), message,
				"username-error");
	}

	@ParameterizedTest
	@CsvSource({ "'', Mật khẩu quá ngắn.", "en, The password is too short." })
	void refusesAWeakInitialPassword(String language, String message) {
		Agency agency = anAgency();
		Unit unit = aUnit(agency, "Văn phòng");

		assertRefused(newOfficer(agency, unit, unique("u"), "initialPassword", "abc123").param("lang", language)
			.param("roles", "SPECIALIST"), message, "initialPassword-error");
	}

	@ParameterizedTest
	@CsvSource({ "'', Vui lòng chọn ít nhất một vai trò.", "en, Please choose at least one role." })
	void refusesAnOfficerWithoutARole(String language, String message) {
		Agency agency = anAgency();
		Unit unit = aUnit(agency, "Văn phòng");

		assertRefused(newOfficer(agency, unit, unique("u")).param("lang", language).param("_roles", "on"), message,
				"roles-error");
	}

	@Test
	void theErrorSummaryLeadsToTheRolesAnOfficerLacks() throws Exception {
		Agency agency = anAgency();
		Unit unit = aUnit(agency, "Văn phòng");

		assertThat(ErrorSummaries.linkTargets(newOfficer(agency, unit, unique("u")).param("_roles", "on").exchange()))
			.extracting(Element::tagName, Element::id).containsExactly(tuple("fieldset", "roles"));
	}

	@ParameterizedTest
	@CsvSource({ "'', Chỉ được cấp vai trò của cán bộ", "en, Only officer roles can be granted" })
	void refusesTheApplicantRole(String language, String message) {
		Agency agency = anAgency();
		Unit unit = aUnit(agency, "Văn phòng");

		assertRefused(newOfficer(agency, unit, unique("u")).param("lang", language).param("roles", "APPLICANT"), message,
				"roles-error");
	}

	@ParameterizedTest
	@CsvSource({ "'', Đơn vị đã chọn không thuộc cơ quan này.", "en, The unit chosen does not belong to this agency." })
	void refusesAUnitOfAnotherAgency(String language, String message) {
		Agency agency = anAgency();
		Unit foreign = aUnit(anAgency(), "Văn phòng");

		assertRefused(newOfficer(agency, foreign, unique("u")).param("lang", language).param("roles", "SPECIALIST"),
				message, "unitId-error");
	}

	@ParameterizedTest
	@CsvSource({ "'', Vui lòng nhập họ và tên.", "en, Please enter the full name." })
	void refusesABlankName(String language, String message) {
		Agency agency = anAgency();
		Unit unit = aUnit(agency, "Văn phòng");

		assertRefused(newOfficer(agency, unit, unique("u"), "fullName", " ").param("lang", language)
			.param("roles", "SPECIALIST"), message, "fullName-error");
	}

	@Test
	void theEditPageShowsTheOfficerWithTheirRolesChecked() {
		Agency agency = anAgency();
		Officer officer = anOfficer(agency, aUnit(agency, "Văn phòng"), unique("u"));

		assertThat(mvc.get().uri(officerPath(agency, officer.id())).with(admin()))
			.hasStatusOk()
			.bodyText()
			.containsPattern("id=\"role-SPECIALIST\"[^>]*checked=\"checked\"|checked=\"checked\"[^>]*id=\"role-SPECIALIST\"")
			.contains("<h1>" + officer.fullName() + "</h1>", "Đang hoạt động", "/disable\"", "/password\"")
			.doesNotContain("/unlock\"");
	}

	@Test
	void adminMovesAnOfficerAndChangesTheirRolesAndContact() {
		Agency agency = anAgency();
		Officer officer = anOfficer(agency, aUnit(agency, "Văn phòng"), unique("u"));
		Unit trade = aUnit(agency, "Phòng Quản lý Thương mại");
		String email = unique("mail") + "@sct.example.vn";

		assertThat(mvc.post().uri(officerPath(agency, officer.id())).with(admin()).with(csrf())
			.param("unitId", trade.id().toString()).param("fullName", "Phạm Văn Minh").param("positionTitle", "Phó Trưởng phòng")
			.param("phone", "0905123456").param("email", email).param("roles", "UNIT_HEAD", "RECORDS_OFFICER"))
			.hasRedirectedUrl(officerPath(agency, officer.id()));

		Officer changed = organization.officer(officer.id());
		assertThat(changed.unitId()).isEqualTo(trade.id());
		assertThat(changed.fullName()).isEqualTo("Phạm Văn Minh");
		assertThat(changed.positionTitle()).isEqualTo("Phó Trưởng phòng");
		var account = accounts.findById(officer.accountId()).orElseThrow();
		assertThat(account.phone()).isEqualTo("0905123456");
		assertThat(account.email()).isEqualTo(email);
		assertThat(account.roles().stream().map(RoleGrant::role).collect(Collectors.toSet()))
			.isEqualTo(EnumSet.of(Role.UNIT_HEAD, Role.RECORDS_OFFICER));
	}

	@ParameterizedTest
	@CsvSource({ "'', Đơn vị đã chọn không thuộc cơ quan này.", "en, The unit chosen does not belong to this agency." })
	void refusesToMoveAnOfficerToAnotherAgencysUnit(String language, String message) {
		Agency agency = anAgency();
		Officer officer = anOfficer(agency, aUnit(agency, "Văn phòng"), unique("u"));
		Unit foreign = aUnit(anAgency(), "Văn phòng");

		assertThat(mvc.post().uri(officerPath(agency, officer.id())).with(admin()).with(csrf()).param("lang", language)
			.param("unitId", foreign.id().toString()).param("fullName", "Tên mới").param("positionTitle", "Chuyên viên")
			.param("roles", "SPECIALIST"))
			.hasStatusOk()
			.bodyText()
			.contains(message, "id=\"unitId-error\"");
		assertThat(organization.officer(officer.id())).isEqualTo(officer);
	}

	@Test
	void refusesToTakeEveryRoleAwayFromAnOfficer() {
		Agency agency = anAgency();
		Officer officer = anOfficer(agency, aUnit(agency, "Văn phòng"), unique("u"));

		assertThat(mvc.post().uri(officerPath(agency, officer.id())).with(admin()).with(csrf())
			.param("unitId", officer.unitId().toString()).param("fullName", officer.fullName())
			.param("positionTitle", "Chuyên viên").param("_roles", "on"))
			.hasStatusOk()
			.bodyText()
			.contains("Vui lòng chọn ít nhất một vai trò.");
		assertThat(accounts.findById(officer.accountId()).orElseThrow().roles())
			.containsExactly(RoleGrant.officer(Role.SPECIALIST, agency.id()));
	}

	@Test
	void anOfficerIsNotFoundUnderAnotherAgency() {
		Agency agency = anAgency();
		Officer officer = anOfficer(agency, aUnit(agency, "Văn phòng"), unique("u"));

		assertThat(mvc.get().uri(officerPath(anAgency(), officer.id())).with(admin())).hasStatus(404);
	}

	/** A valid new officer form, but for the given fields (name, value, name, value…). */
	private MockMvcRequestBuilder newOfficer(Agency agency, Unit unit, String username, String... replaced) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("unitId", unit.id().toString());
		fields.put("fullName", "Nguyễn Văn An");
		fields.put("positionTitle", "Chuyên viên");
		fields.put("username", username);
		fields.put("phone", "0905111222");
		fields.put("email", unique("mail") + "@sct.example.vn");
		fields.put("initialPassword", GOOD_PASSWORD);
		for (int i = 0; i < replaced.length; i += 2) {
			fields.put(replaced[i], replaced[i + 1]);
		}
		MockMvcRequestBuilder request = mvc.post().uri(agencyPath(agency) + "/officers").with(admin()).with(csrf());
		fields.forEach((name, value) -> request.param(name, value));
		return request;
	}

	private void assertRefused(MockMvcRequestBuilder request, String message, String errorId) {
		long officers = count("officer");
		long accountRows = count("account");

		assertThat(request).hasStatusOk().bodyText().contains(message, "id=\"" + errorId + "\"");
		assertThat(count("officer")).isEqualTo(officers);
		assertThat(count("account")).isEqualTo(accountRows);
	}

}
