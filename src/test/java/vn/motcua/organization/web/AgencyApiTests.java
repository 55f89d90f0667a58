package vn.motcua.organization.web;

import org.junit.jupiter.api.Test;

import vn.motcua.organization.Agency;
import vn.motcua.organization.Unit;
import vn.motcua.organization.UnitKind;

import static org.assertj.core.api.Assertions.assertThat;

/** Other systems read the agencies and their unit trees without signing in, and never see an officer. */
class AgencyApiTests extends AdminPagesTestSupport {

	@Test
	void listsEveryAgencyWithCodeNameAndProvince() {
		Agency agency = anAgency();

		assertThat(mvc.get().uri("/api/v1/agencies"))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$[?(@.code == '" + agency.code() + "')]")
			.asArray()
			.singleElement()
			.isEqualTo(java.util.Map.of("code", agency.code(), "name", agency.name(), "province", "Quảng Ngãi"));
	}

	@Test
	void givesTheUnitTreeOfAnAgencyWithNamesAndKindsOnly() {
		Agency agency = anAgency();
		Unit market = organization.addUnit(agency.id(), null, "Chi cục Quản lý thị trường", UnitKind.SUB_DEPARTMENT);
		organization.addUnit(agency.id(), market.id(), "Đội số 1", UnitKind.TEAM);
		organization.addUnit(agency.id(), null, "Văn phòng", UnitKind.OFFICE);
		anOfficer(agency, market, unique("secret"));

		assertThat(mvc.get().uri("/api/v1/agencies/{code}/units", agency.code()))
			.hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					[ { "name": "Chi cục Quản lý thị trường", "kind": "SUB_DEPARTMENT",
					    "units": [ { "name": "Đội số 1", "kind": "TEAM", "units": [] } ] },
					  { "name": "Văn phòng", "kind": "OFFICE", "units": [] } ]
					""");
	}

	@Test
	void theDemoAgencysTreeHoldsNoPersonalData() {
		assertThat(mvc.get().uri("/api/v1/agencies/000.00.31.H55/units"))
			.hasStatusOk()
			.bodyText()
			.contains("Chi cục Quản lý thị trường", "Đội Quản lý thị trường số 6")
			.doesNotContain("Phạm Văn Minh", "specialist", "@sct.example.vn", "\"id\"");
	}

	@Test
	void anUnknownCodeIsAProblemOf404() {
		assertThat(mvc.get().uri("/api/v1/agencies/{code}/units", "000.00.99.Z99"))
			.hasStatus(404)
			.hasContentTypeCompatibleWith("application/problem+json")
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Không tìm thấy cơ quan.");
	}

	@Test
	void anUnknownCodeIsExplainedInEnglishWhenAsked() {
		assertThat(mvc.get().uri("/api/v1/agencies/{code}/units", "000.00.99.Z99").header("Accept-Language", "en"))
			.hasStatus(404)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("No such agency.");
	}
}
