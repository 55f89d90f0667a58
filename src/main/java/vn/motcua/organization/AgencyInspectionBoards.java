package vn.motcua.organization;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.Role;
import vn.motcua.shared.InspectionBoards;

/** Each agency's People's Inspection Board: the officers holding the people's inspector's role there. */
@Component
class AgencyInspectionBoards implements InspectionBoards {

	private final OrganizationManagement organization;
	private final AccountManagement accounts;

	AgencyInspectionBoards(OrganizationManagement organization, AccountManagement accounts) {
		this.organization = organization;
		this.accounts = accounts;
	}

	@Override
	public Set<String> agenciesInspectedBy(@Nullable Authentication authentication) {
		return accounts.userOf(authentication)
			.filter(user -> user.hasRole(Role.PEOPLES_INSPECTOR))
			.map(inspector -> organization.agencies().stream()
				.filter(agency -> inspector.hasRole(Role.PEOPLES_INSPECTOR, agency.id()))
				.map(Agency::code)
				.collect(Collectors.toUnmodifiableSet()))
			.orElse(Set.of());
	}

	@Override
	public Optional<String> homeAgencyCode() {
		return organization.homeAgency().map(Agency::code);
	}
}
