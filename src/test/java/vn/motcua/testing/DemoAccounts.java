package vn.motcua.testing;

import java.util.Map;

import vn.motcua.identity.Account;
import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.CurrentUser;
import vn.motcua.identity.Role;

/** The demo accounts that every test context has (see DemoData and README). */
public final class DemoAccounts {

	public static final String PASSWORD = "Demo@12345";
	public static final String CITIZEN = "051090000001";
	public static final String OTHER_CITIZEN = "051095000002";
	public static final String BUSINESS = "4300123456";

	/** The demo user name holding each role. */
	public static final Map<Role, String> BY_ROLE = Map.of(Role.APPLICANT, CITIZEN, Role.RECEPTION_OFFICER, "desk",
			Role.SPECIALIST, "specialist", Role.UNIT_HEAD, "unithead", Role.AGENCY_LEADER, "leader",
			Role.RECORDS_OFFICER, "records", Role.PEOPLES_INSPECTOR, "inspector", Role.ADMINISTRATOR, "admin");

	private DemoAccounts() {
	}

	/** The demo account of that user name, signed in. */
	public static CurrentUser signedIn(AccountManagement accounts, String username) {
		Account account = accounts.findByUsername(username).orElseThrow();
		return new CurrentUser(account.id(), account.username(), account.displayName(), account.kind(),
				account.roles());
	}
}
