package vn.motcua.identity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import vn.motcua.shared.Sha256;

/**
 * Whether a session's sign-in still stands. A session keeps the account as it was at sign-in: without
 * this check an officer disabled, or whose roles were withdrawn, kept working with their old rights for
 * as long as they kept their session alive, and a password changed because someone else knew it left
 * that someone signed in. Each sign-in carries the account's stamp (its password hash, whether it is
 * enabled, its roles); a request whose stamp is no longer the account's is signed out. Stamps are kept a
 * minute per instance and dropped at once when this instance changes the account, so a change takes
 * effect at once here and within a minute on other instances, at the cost of one look-up a minute per
 * signed-in account.
 */
@Component
public class SignedInAccounts {

	private final AccountRepository accounts;
	private final AccountDetailsService details;
	private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
	private final Cache<UUID, String> stamps = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofMinutes(1))
		.maximumSize(100_000)
		.build();

	SignedInAccounts(AccountRepository accounts, AccountDetailsService details) {
		this.accounts = accounts;
		this.details = details;
	}

	/** The stamp of the account as it is: what a sign-in must carry to stand. */
	static String stampOf(Account account) {
		List<String> roles = account.roles().stream()
			.map(grant -> grant.role() + "@" + grant.agencyId())
			.sorted(Comparator.naturalOrder())
			.toList();
		return Sha256.of(String.join("\n", account.passwordHash(), String.valueOf(account.enabled()), roles.toString())
			.getBytes(StandardCharsets.UTF_8));
	}

	/** Whether the sign-in still stands: its account's stamp is still the one it was signed in with. */
	boolean stillStands(AccountPrincipal principal) {
		UUID accountId = principal.user().accountId();
		if (principal.stamp().equals(stamps.get(accountId, this::currentStamp))) {
			return true;
		}
		// a stamp kept from before a change made on another instance: ask the database itself
		stamps.invalidate(accountId);
		return principal.stamp().equals(stamps.get(accountId, this::currentStamp));
	}

	/**
	 * Signs the current session in again as the account now is, after its holder changed it on purpose (a
	 * new password): the session they changed it from goes on, every other one is signed out.
	 */
	public void renew(HttpServletRequest request, HttpServletResponse response) {
		String username = SecurityContextHolder.getContext().getAuthentication().getName();
		AccountPrincipal principal = (AccountPrincipal) details.loadUserByUsername(username);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
				principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		sessions.saveContext(context, request, response);
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(AccountChanged changed) {
		stamps.invalidate(changed.accountId());
	}

	private String currentStamp(UUID accountId) {
		// an account that no longer exists has no stamp a sign-in could carry
		return accounts.findById(accountId).map(SignedInAccounts::stampOf).orElse("");
	}
}
