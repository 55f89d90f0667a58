package vn.motcua.organization.web;

import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.motcua.organization.Agency;
import vn.motcua.organization.Unit;
import vn.motcua.organization.UnitKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** Administrators add units to an agency's tree, rename, re-kind and move them; the tree never gets a cycle. */
class UnitAdminPagesTests extends AdminPagesTestSupport {

	@Test
	void adminAddsAUnitUnderAParentAndSeesTheNestedTree() {
		Agency agency = anAgency();
		Unit parent = aUnit(agency, "Chi cục Quản lý thị trường");

		assertThat(mvc.post().uri(agencyPath(agency) + "/units").with(admin()).with(csrf())
			.param("name", "Đội Quản lý thị trường số 1").param("kind", "TEAM").param("parentId", parent.id().toString()))
			.hasStatus3xxRedirection();

		Unit team = organization.units(agency.id()).get(1);
		assertThat(team.name()).isEqualTo("Đội Quản lý thị trường số 1");
		assertThat(team.kind()).isEqualTo(UnitKind.TEAM);
		assertThat(team.parentId()).isEqualTo(parent.id());
		assertThat(mvc.get().uri(agencyPath(agency)).with(admin()))
			.hasStatusOk()
			.bodyText()
			.containsPattern(Pattern.compile("<li id=\"unit-" + parent.id() + "\">.*Chi cục Quản lý thị trường.*"
					+ "<ul class=\"tree\">\\s*<li id=\"unit-" + team.id() + "\">.*Đội Quản lý thị trường số 1.*Đội</span>",
					Pattern.DOTALL));
	}

	@ParameterizedTest
	@CsvSource({ "'', Vui lòng nhập tên.", "en, Please enter a name." })
	void refusesAUnitWithoutAName(String language, String message) {
		Agency agency = anAgency();
		long units = count("unit");

		assertThat(mvc.post().uri(agencyPath(agency) + "/units").with(admin()).with(csrf()).param("lang", language)
			.param("name", " ").param("kind", "OFFICE"))
			.hasStatusOk()
			.bodyText()
			.contains(message, "id=\"unitName-error\"");
		assertThat(count("unit")).isEqualTo(units);
	}

	@ParameterizedTest
	@CsvSource({ "'', Vui lòng chọn loại đơn vị.", "en, Please choose the kind of unit." })
	void refusesAUnitWithoutAKind(String language, String message) {
		Agency agency = anAgency();
		long units = count("unit");

		assertThat(mvc.post().uri(agencyPath(agency) + "/units").with(admin()).with(csrf()).param("lang", language)
			.param("name", "Phòng mới").param("kind", ""))
			.hasStatusOk()
			.bodyText()
			.contains(message);
		assertThat(count("unit")).isEqualTo(units);
	}

	@ParameterizedTest
	@CsvSource({ "'', Đơn vị đã chọn không thuộc cơ quan này.", "en, The unit chosen does not belong to this agency." })
	void refusesAParentOfAnotherAgency(String language, String message) {
		Agency agency = anAgency();
		Unit foreign = aUnit(anAgency(), "Văn phòng");
		long units = count("unit");

		assertThat(mvc.post().uri(agencyPath(agency) + "/units").with(admin()).with(csrf()).param("lang", language)
			.param("name", "Phòng mới").param("kind", "OFFICE").param("parentId", foreign.id().toString()))
			.hasStatusOk()
			.bodyText()
			.contains(message, "id=\"unitParent-error\"");
		assertThat(count("unit")).isEqualTo(units);
	}

	@Test
	void theEditPageShowsTheUnitWithTheOtherUnitsAsParents() {
		Agency agency = anAgency();
		Unit office = aUnit(agency, "Văn phòng");
		aUnit(agency, "Phòng Quản lý Thương mại");

		assertThat(mvc.get().uri(agencyPath(agency) + "/units/" + office.id()).with(admin()))
			.hasStatusOk()
			.bodyText()
			.contains("<h1>Sửa đơn vị Văn phòng</h1>", ">Phòng Quản lý Thương mại</option>",
					"<option value=\"OFFICE\" selected=\"selected\">")
			.doesNotContain("<option value=\"" + office.id() + "\"");
	}

	@Test
	void adminRenamesChangesTheKindAndMovesAUnit() {
		Agency agency = anAgency();
		Unit market = aUnit(agency, "Chi cục");
		Unit team = aUnit(agency, "Đội 1");

		assertThat(mvc.post().uri(agencyPath(agency) + "/units/" + team.id()).with(admin()).with(csrf())
			.param("name", "Đội Quản lý thị trường số 1").param("kind", "TEAM").param("parentId", market.id().toString()))
			.hasRedirectedUrl(agencyPath(agency) + "#unit-" + team.id());

		Unit moved = organization.unit(team.id());
		assertThat(moved.name()).isEqualTo("Đội Quản lý thị trường số 1");
		assertThat(moved.kind()).isEqualTo(UnitKind.TEAM);
		assertThat(moved.parentId()).isEqualTo(market.id());
	}

	@ParameterizedTest
	@CsvSource({ "'', Không thể chuyển đơn vị vào chính nó hoặc vào một đơn vị cấp dưới của nó.",
			"en, A unit cannot be moved under itself or under one of its own sub-units." })
	void refusesToMoveAUnitUnderItsOwnSubUnit(String language, String message) {
		Agency agency = anAgency();
		Unit market = aUnit(agency, "Chi cục");
		Unit team = organization.addUnit(agency.id(), market.id(), "Đội 1", UnitKind.TEAM);
		Unit squad = organization.addUnit(agency.id(), team.id(), "Tổ 1", UnitKind.TEAM);

		assertThat(mvc.post().uri(agencyPath(agency) + "/units/" + market.id()).with(admin()).with(csrf())
			.param("lang", language).param("name", "Chi cục mới").param("kind", "SUB_DEPARTMENT")
			.param("parentId", squad.id().toString()))
			.hasStatusOk()
			.bodyText()
			.contains(message, "id=\"unitParent-error\"");
		assertThat(organization.unit(market.id())).isEqualTo(market);
	}

	@ParameterizedTest
	@CsvSource({ "'', Vui lòng nhập tên.", "en, Please enter a name." })
	void refusesToBlankAUnitsName(String language, String message) {
		Agency agency = anAgency();
		Unit office = aUnit(agency, "Văn phòng");

		assertThat(mvc.post().uri(agencyPath(agency) + "/units/" + office.id()).with(admin()).with(csrf())
			.param("lang", language).param("name", "").param("kind", "TEAM"))
			.hasStatusOk()
			.bodyText()
			.contains(message, "id=\"unitName-error\"");
		assertThat(organization.unit(office.id())).isEqualTo(office);
	}

	@Test
	void refusesToMoveAUnitUnderItself() {
		Agency agency = anAgency();
		Unit office = aUnit(agency, "Văn phòng");

		assertThat(mvc.post().uri(agencyPath(agency) + "/units/" + office.id()).with(admin()).with(csrf())
			.param("name", "Văn phòng").param("kind", "OFFICE").param("parentId", office.id().toString()))
			.hasStatusOk()
			.bodyText()
			.contains("Không thể chuyển đơn vị vào chính nó");
		assertThat(organization.unit(office.id())).isEqualTo(office);
	}

	@Test
	void aUnitIsNotFoundUnderAnotherAgency() {
		Unit foreign = aUnit(anAgency(), "Văn phòng");

		assertThat(mvc.get().uri(agencyPath(anAgency()) + "/units/" + foreign.id()).with(admin())).hasStatus(404);
		assertThat(mvc.get().uri(agencyPath(anAgency()) + "/units/" + UUID.randomUUID()).with(admin())).hasStatus(404);
	}
}
