package vn.motcua.notification;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.motcua.identity.Account;
import vn.motcua.identity.AccountChanged;
import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.PasswordResetRequested;
import vn.motcua.identity.PasswordResets;

/**
 * Notices about an account's safety, to its own e-mail address and phone, both, whatever channels its holder
 * chose for notices about dossiers ({@link NoticeSender#sendOnBothChannels}): the link to choose a new password,
 * and word that the password was changed, so that a holder who did not change it knows at once. None to a
 * disabled account. Queued in the change's transaction just before it commits (decision 0015). The link's key
 * is derived here, from the account as it is now; the administrators' view of messages withholds it
 * ({@code key=***}).
 */
@Component
class AccountSafetyNotices {

	/** The audited changes that set a new password, whoever set it. */
	private static final Set<String> PASSWORD_SET = Set.of("account.password-changed", "account.password-reset-by-link",
			"account.password-reset");

	private final AccountManagement accounts;
	private final PasswordResets resets;
	private final NoticeSender sender;

	AccountSafetyNotices(AccountManagement accounts, PasswordResets resets, NoticeSender sender) {
		this.accounts = accounts;
		this.resets = resets;
		this.sender = sender;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(PasswordResetRequested requested) {
		// one message per link and channel, however often the event is handed over
		send(Notice.PASSWORD_RESET, requested.accountId(), requested.expiresAt().getEpochSecond() + "|",
				sender.link(resets.linkPath(requested.accountId(), requested.expiresAt())));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(AccountChanged changed) {
		if (PASSWORD_SET.contains(changed.action())) {
			send(Notice.PASSWORD_CHANGED, changed.accountId(), changed.occurredAt().toEpochMilli() + "|",
					sender.link("/password-reset"));
		}
	}

	private void send(Notice notice, UUID accountId, String once, String link) {
		accounts.findById(accountId).filter(Account::enabled)
			.ifPresent(account -> sender.sendOnBothChannels(notice, accountId + "|" + notice + "|" + once, accountId,
					account.username(), (language, signedIn) -> Map.of("applicant", account.displayName(), "link", link)));
	}
}
