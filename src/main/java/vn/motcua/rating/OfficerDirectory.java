package vn.motcua.rating;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.AccountName;
import vn.motcua.organization.Officer;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.Unit;

/** Officers' names and units by their user names, as they are now. */
@Component
class OfficerDirectory {

	private final AccountManagement accounts;
	private final OrganizationManagement organization;

	OfficerDirectory(AccountManagement accounts, OrganizationManagement organization) {
		this.accounts = accounts;
		this.organization = organization;
	}

	RatedOfficer officer(String username) {
		return officers(List.of(username)).get(0);
	}

	/**
	 * The officers with those user names, in the same order: three queries however many there are (a
	 * returned dossier names everyone who handled it). A user name of no account keeps itself as the
	 * name; an account of no officer, its own name and no unit.
	 */
	List<RatedOfficer> officers(List<String> usernames) {
		Map<String, AccountName> names = accounts.namesByUsername(usernames);
		Map<UUID, Officer> officers = byKey(
				organization.officersOfAccounts(names.values().stream().map(AccountName::accountId).toList()),
				Officer::accountId);
		Map<UUID, Unit> units = byKey(
				organization.unitsById(officers.values().stream().map(Officer::unitId).distinct().toList()), Unit::id);
		return usernames.stream().map(username -> {
			AccountName account = names.get(username);
			if (account == null) {
				return new RatedOfficer(username, username, null, null);
			}
			Officer officer = officers.get(account.accountId());
			if (officer == null) {
				return new RatedOfficer(username, account.displayName(), null, null);
			}
			Unit unit = units.get(officer.unitId());
			return new RatedOfficer(username, officer.fullName(), officer.unitId(), unit == null ? null : unit.name());
		}).toList();
	}

	private static <K, V> Map<K, V> byKey(Collection<V> values, Function<V, K> key) {
		return values.stream().collect(Collectors.toMap(key, Function.identity()));
	}
}
