package vn.motcua.dossier.web;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.StatusChange;
import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.AccountName;

/**
 * The names of the people who made a dossier's changes, by the user name its history keeps: officers
 * read "Võ Thị Lan", not "specialist" or an applicant's ID number. One query for the whole history.
 */
@Component
class HistoryActors {

	private final AccountManagement accounts;

	HistoryActors(AccountManagement accounts) {
		this.accounts = accounts;
	}

	Map<String, String> names(Dossier dossier) {
		Set<String> usernames = dossier.history().stream().map(StatusChange::actor).collect(Collectors.toSet());
		return accounts.namesByUsername(usernames).values().stream()
			.collect(Collectors.toMap(AccountName::username, AccountName::displayName));
	}
}
