package vn.motcua.dossier.web;

import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.motcua.dossier.RegisterRow;
import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.Role;
import vn.motcua.identity.RoleGrant;
import vn.motcua.organization.OrganizationManagement;

/** The codes of the agencies the signed-in officer works for: what their registers may show. */
@Component
class OfficerAgencies {

	private final AccountManagement accounts;
	private final OrganizationManagement organization;

	OfficerAgencies(AccountManagement accounts, OrganizationManagement organization) {
		this.accounts = accounts;
		this.organization = organization;
	}

	Set<String> codes() {
		return codes(accounts.currentUser().orElseThrow().roles());
	}

	/**
	 * The register's lines as the officer reads them: whole at the agencies where they work on dossiers,
	 * with the applicant's contacts masked where they only supervise, as the People's Inspection Board
	 * (decision 0031).
	 */
	UnaryOperator<RegisterRow> readableLines() {
		Set<RoleGrant> grants = accounts.currentUser().orElseThrow().roles();
		Set<String> working = codes(grants.stream().filter(grant -> grant.role() != Role.PEOPLES_INSPECTOR)
			.collect(Collectors.toSet()));
		return row -> working.contains(row.agencyCode()) ? row : row.withContactsMasked();
	}

	private Set<String> codes(Set<RoleGrant> grants) {
		return grants.stream()
			.map(RoleGrant::agencyId)
			.filter(Objects::nonNull)
			.distinct()
			.map(agencyId -> organization.agency(agencyId).code())
			.collect(Collectors.toSet());
	}
}
