package vn.motcua.organization.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.organization.Agency;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitNode;
import vn.motcua.shared.NotFoundException;

/** Public facts about agencies and their structure, for other systems. No officer, no personal data. */
@RestController
@RequestMapping("/api/v1/agencies")
@Tag(name = "Organization")
class AgencyApi {

	private final OrganizationManagement organization;

	AgencyApi(OrganizationManagement organization) {
		this.organization = organization;
	}

	record AgencySummary(String code, String name, String province) {
	}

	record UnitSummary(String name, String kind, List<UnitSummary> units) {

		static List<UnitSummary> of(List<UnitNode> nodes) {
			return nodes.stream()
				.map(node -> new UnitSummary(node.unit().name(), node.unit().kind().name(), of(node.children())))
				.toList();
		}
	}

	@GetMapping
	@Operation(summary = "Every agency: its official code, name and province")
	List<AgencySummary> agencies() {
		return organization.agencies().stream()
			.map(agency -> new AgencySummary(agency.code(), agency.name(), agency.province()))
			.toList();
	}

	@GetMapping("/{code}/units")
	@Operation(summary = "The tree of an agency's units: names and kinds, each unit with the units under it")
	List<UnitSummary> units(@PathVariable String code) {
		Agency agency = organization.agencyByCode(code)
			.orElseThrow(() -> new NotFoundException("organization.agency.not-found"));
		return UnitSummary.of(organization.unitTree(agency.id()));
	}
}
