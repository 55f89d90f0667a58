package vn.motcua.rating.web;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.Role;
import vn.motcua.organization.OrganizationManagement;

/** The codes of the agencies for which the signed-in officer holds a role. */
@Component("ratingOfficerAgencies")
class OfficerAgencies {

	private final AccountManagement accounts;
	private final OrganizationManagement organization;

	OfficerAgencies(AccountManagement accounts, OrganizationManagement organization) {
		this.accounts = accounts;
		this.organization = organization;
	}

	Set<String> codes(Role... roles) {
		Set<Role> wanted = Set.of(roles);
		Set<String> codes = new TreeSet<>();
		accounts.currentUser().orElseThrow().roles().stream()
			.filter(grant -> wanted.contains(grant.role()))
			.map(grant -> grant.agencyId())
			.filter(Objects::nonNull)
			.distinct()
			.forEach(agencyId -> codes.add(organization.agency(agencyId).code()));
		return codes;
	}

	/** The first of them, for an officer who (as nearly all do) works for one agency. */
	String first(Role... roles) {
		return codes(roles).stream().findFirst()
			.orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("no agency"));
	}
}
