package vn.motcua.dossier.web;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.motcua.identity.AccountManagement;
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
		return accounts.currentUser().orElseThrow().roles().stream()
			.map(RoleGrant::agencyId)
			.filter(Objects::nonNull)
			.distinct()
			.map(agencyId -> organization.agency(agencyId).code())
			.collect(Collectors.toSet());
	}
}
