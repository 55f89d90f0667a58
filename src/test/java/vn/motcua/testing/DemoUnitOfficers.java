package vn.motcua.testing;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.PasswordChosenBy;
import vn.motcua.identity.Role;
import vn.motcua.organization.Agency;
import vn.motcua.organization.OfficerRegistration;
import vn.motcua.organization.OrganizationManagement;

/** New officers beside the demo specialist, in the unit the demo unit head heads. */
public final class DemoUnitOfficers {

	private DemoUnitOfficers() {
	}

	/** The unit of the demo specialist, which the demo unit head heads. */
	public static UUID specialistsUnit(OrganizationManagement organization, AccountManagement accounts) {
		return organization.officerOfAccount(accounts.findByUsername("specialist").orElseThrow().id()).orElseThrow()
			.unitId();
	}

	/** A new specialist of that unit, signed in with the demo password; their user name. */
	public static String aSpecialist(OrganizationManagement organization, AccountManagement accounts, String name) {
		Agency agency = organization.agencyByCode("000.00.31.H55").orElseThrow();
		StringBuilder username = new StringBuilder("cv");
		ThreadLocalRandom.current().ints(8, 'a', 'z' + 1).forEach(c -> username.append((char) c));
		organization.createOfficer(new OfficerRegistration(agency.id(), specialistsUnit(organization, accounts), name,
				"Chuyên viên", username.toString(), null, null, DemoAccounts.PASSWORD, Set.of(Role.SPECIALIST),
				PasswordChosenBy.HOLDER));
		return username.toString();
	}
}
