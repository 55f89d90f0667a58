package vn.motcua.rating;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.motcua.identity.AccountManagement;
import vn.motcua.organization.Officer;
import vn.motcua.organization.OrganizationManagement;

/** An officer's name and unit by their user name, as they are now. */
@Component
class OfficerDirectory {

	private final AccountManagement accounts;
	private final OrganizationManagement organization;

	OfficerDirectory(AccountManagement accounts, OrganizationManagement organization) {
		this.accounts = accounts;
		this.organization = organization;
	}

	RatedOfficer officer(String username) {
		var account = accounts.findByUsername(username).orElse(null);
		if (account == null) {
			return new RatedOfficer(username, username, null, null);
		}
		Officer officer = organization.officerOfAccount(account.id()).orElse(null);
		if (officer == null) {
			return new RatedOfficer(username, account.displayName(), null, null);
		}
		return new RatedOfficer(username, officer.fullName(), officer.unitId(), unitName(officer.unitId()));
	}

	private @Nullable String unitName(UUID unitId) {
		try {
			return organization.unit(unitId).name();
		}
		catch (RuntimeException unknown) {
			return null;
		}
	}
}
