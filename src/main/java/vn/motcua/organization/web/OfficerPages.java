package vn.motcua.organization.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.motcua.identity.Account;
import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.AccountSummary;
import vn.motcua.identity.Role;
import vn.motcua.organization.Officer;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.Unit;
import vn.motcua.shared.NotFoundException;

/** What the officer pages show, shared by the controllers of officers and of their accounts. */
@Component
class OfficerPages {

	static final String EDIT_VIEW = "organization/officer";

	/**
	 * A flash attribute: the administrator has just set a password for the officer, a temporary one, and the page
	 * says until when it works, to hand it over in time.
	 */
	static final String TEMPORARY_PASSWORD_GIVEN = "temporaryPasswordGiven";

	/** The roles an administrator may grant: every officer role, never APPLICANT. */
	static final List<Role> OFFICER_ROLES = Arrays.stream(Role.values()).filter(Role::isOfficerRole).toList();

	private final OrganizationManagement organization;
	private final AccountManagement accounts;

	OfficerPages(OrganizationManagement organization, AccountManagement accounts) {
		this.organization = organization;
		this.accounts = accounts;
	}

	/** The officer, if they work for the agency of the address; another agency's officer is not found here. */
	Officer officerOf(UUID agencyId, UUID officerId) {
		Officer officer = organization.officer(officerId);
		if (!officer.agencyId().equals(agencyId)) {
			throw new NotFoundException("organization.officer.not-found");
		}
		return officer;
	}

	Account accountOf(Officer officer) {
		return accounts.findById(officer.accountId())
			.orElseThrow(() -> new NotFoundException("identity.account.not-found"));
	}

	List<OfficerRow> rows(UUID agencyId, List<Officer> officers) {
		Map<UUID, String> unitNames = organization.units(agencyId).stream()
			.collect(Collectors.toMap(Unit::id, Unit::name));
		Map<UUID, AccountSummary> byId = accounts.summaries(officers.stream().map(Officer::accountId).toList());
		return officers.stream().map(officer -> {
			AccountSummary account = byId.get(officer.accountId());
			List<Role> roles = account.roles().stream().map(grant -> grant.role()).distinct().sorted().toList();
			return new OfficerRow(officer, unitNames.getOrDefault(officer.unitId(), ""), account.username(), roles,
					account.state(), account.temporaryPassword());
		}).toList();
	}

	/** For how many whole days a password the administrator sets works, as the forms that set one say. */
	void temporaryPasswordDays(Model model) {
		model.addAttribute("temporaryPasswordDays", accounts.temporaryPasswordValidity().toDays());
	}

	/** The agency, its units as options and the roles to choose from, for the officer forms. */
	void formChoices(UUID agencyId, Model model) {
		model.addAttribute("agency", organization.agency(agencyId));
		model.addAttribute("unitOptions", UnitOption.of(organization.unitTree(agencyId)));
		model.addAttribute("officerRoles", OFFICER_ROLES);
	}

	/**
	 * The officer's page: the form to change them and the actions on their account, but no new password for the
	 * administrator's own account, which they change as its holder, with the current one.
	 */
	String edit(Officer officer, OfficerForm form, PasswordResetForm passwordForm, Model model) {
		Account account = accountOf(officer);
		formChoices(officer.agencyId(), model);
		model.addAttribute("officer", officer);
		model.addAttribute("account", account);
		model.addAttribute("accountState", accounts.stateOf(account));
		model.addAttribute("temporaryPassword", accounts.temporaryPasswordOf(account));
		temporaryPasswordDays(model);
		model.addAttribute("ownAccount",
				accounts.currentUser().filter(user -> user.accountId().equals(account.id())).isPresent());
		model.addAttribute("form", form);
		model.addAttribute("passwordForm", passwordForm);
		return EDIT_VIEW;
	}
}
