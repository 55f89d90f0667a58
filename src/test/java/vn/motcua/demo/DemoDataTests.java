package vn.motcua.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.identity.Role;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitKind;
import vn.motcua.organization.UnitNode;
import vn.motcua.testing.WebTest;

/** The demo agency has the 2025 unit tree and an officer for every role, and loads only once. */
@WebTest
class DemoDataTests {

	@Autowired
	DemoData demoData;

	@Autowired
	OrganizationManagement organization;

	@Autowired
	JdbcClient jdbc;

	@Test
	void runningTheLoaderAgainLoadsNothingTwice() {
		Map<String, Integer> before = counts();
		demoData.run(new DefaultApplicationArguments());
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void theAgencyHasTheUnitTreeOfThe2025Merger() {
		var agency = organization.agencyByCode("000.00.31.H55").orElseThrow();
		List<UnitNode> roots = organization.unitTree(agency.id());
		assertThat(roots).extracting(node -> node.unit().name()).contains("Văn phòng Sở", "Phòng Quản lý Thương mại",
				"Chi cục Quản lý thị trường");
		UnitNode market = roots.stream().filter(node -> node.unit().kind() == UnitKind.SUB_DEPARTMENT).findFirst()
			.orElseThrow();
		assertThat(market.children()).hasSize(8);
		assertThat(market.children()).filteredOn(node -> node.unit().kind() == UnitKind.TEAM).hasSize(6);
	}

	@Test
	void everyOfficerRoleHasADemoOfficerOfTheAgency() {
		var agency = organization.agencyByCode("000.00.31.H55").orElseThrow();
		List<String> grantedRoles = jdbc.sql("SELECT DISTINCT role FROM account_role WHERE agency_id = ?")
			.param(agency.id())
			.query(String.class)
			.list();
		for (Role role : Role.values()) {
			if (role.isOfficerRole()) {
				assertThat(grantedRoles).contains(role.name());
			}
		}
	}

	private Map<String, Integer> counts() {
		return Map.of("agency", count("agency"), "unit", count("unit"), "officer", count("officer"), "account",
				count("account"));
	}

	private int count(String table) {
		return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Integer.class).single();
	}
}
