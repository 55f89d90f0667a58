package vn.motcua.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Finds the account behind a sign-in identifier. */
@Service
class AccountDetailsService implements UserDetailsService {

	private final AccountRepository accounts;
	private final IdentityProperties properties;
	private final Clock clock;

	AccountDetailsService(AccountRepository accounts, IdentityProperties properties, Clock clock) {
		this.accounts = accounts;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String identifier) {
		Account account = resolve(accounts, identifier.trim());
		if (account == null) {
			throw new UsernameNotFoundException("No account");
		}
		Instant now = clock.instant();
		TemporaryPassword temporary = account.temporaryPassword(properties.temporaryPasswordValidFor(), now);
		return new AccountPrincipal(CurrentUser.of(account), account.passwordHash(), account.isLockedAt(now),
				account.enabled(), SignedInAccounts.stampOf(account), account.mustChooseOwnPassword(),
				temporary != null && temporary.expired());
	}

	/** The one account an identifier names; null when none or when it is ambiguous. */
	static @Nullable Account resolve(AccountRepository accounts, String identifier) {
		List<Account> found = accounts.findBySignInIdentifier(identifier);
		return found.size() == 1 ? found.get(0) : null;
	}
}
