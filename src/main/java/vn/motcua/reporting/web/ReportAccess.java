package vn.motcua.reporting.web;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.Role;
import vn.motcua.organization.OrganizationManagement;

/** Which agencies the signed-in officer may see reports of: those where they hold a reporting role. */
@Component
class ReportAccess {

	/** Who makes, signs or checks the statutory report. */
	static final Set<Role> STATUTORY = Set.of(Role.AGENCY_LEADER, Role.UNIT_HEAD, Role.RECORDS_OFFICER,
			Role.PEOPLES_INSPECTOR);

	/** Who reads the satisfaction report: leaders, unit heads and the people's inspectors. */
	static final Set<Role> SATISFACTION = Set.of(Role.AGENCY_LEADER, Role.UNIT_HEAD, Role.PEOPLES_INSPECTOR);

	/** Who runs the agency's work day to day. */
	static final Set<Role> LEADERS = Set.of(Role.AGENCY_LEADER, Role.UNIT_HEAD);

	/**
	 * Who opens a dossier's page (the dossier module's processing roles): the drill-down links a dossier
	 * to its page only for them; the people's inspection board reads the figures and the lines, and would be
	 * refused the page.
	 */
	static final Set<Role> DOSSIER_READERS = Set.of(Role.RECEPTION_OFFICER, Role.SPECIALIST, Role.UNIT_HEAD,
			Role.AGENCY_LEADER, Role.RECORDS_OFFICER);

	private final AccountManagement accounts;
	private final OrganizationManagement organization;

	ReportAccess(AccountManagement accounts, OrganizationManagement organization) {
		this.accounts = accounts;
		this.organization = organization;
	}

	/** The codes of the agencies where the officer holds one of the roles, in a stable order. */
	List<String> agencies(Collection<Role> roles) {
		return accounts.currentUser().orElseThrow().roles().stream()
			.filter(grant -> roles.contains(grant.role()))
			.map(grant -> grant.agencyId())
			.filter(Objects::nonNull)
			.distinct()
			.map(agencyId -> organization.agency(agencyId).code())
			.sorted()
			.toList();
	}

	/** Whether the officer opens the pages of the dossiers of each of those agencies. */
	boolean opensDossiersOf(Collection<String> agencyCodes) {
		return agencies(DOSSIER_READERS).containsAll(agencyCodes);
	}

	/** The requested agency, if the officer may see it, or all of theirs; another agency's report is forbidden. */
	List<String> choose(@Nullable String requested, Collection<Role> roles) {
		List<String> allowed = agencies(roles);
		if (requested == null || requested.isBlank()) {
			return allowed;
		}
		if (!allowed.contains(requested.trim())) {
			throw new AccessDeniedException("No reporting role in agency " + requested);
		}
		return List.of(requested.trim());
	}

	/**
	 * One agency for the reports that are per agency (satisfaction, service index): the requested one if
	 * allowed, else the first of the officer's; forbidden when the officer has none.
	 */
	String one(@Nullable String requested, Collection<Role> roles) {
		List<String> chosen = choose(requested, roles);
		if (chosen.isEmpty()) {
			throw new AccessDeniedException("No reporting role in any agency");
		}
		return chosen.get(0);
	}
}
