package vn.motcua.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.motcua.identity.Account;
import vn.motcua.identity.AccountChanged;
import vn.motcua.identity.AccountContact;
import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.PasswordResetRequested;
import vn.motcua.identity.PasswordResets;

/**
 * Notices about an account's safety, to its own e-mail address and phone, both, whatever channels its holder
 * chose for notices about dossiers (whoever asks for a reset may have lost one of them; whoever took an
 * account over would switch the notices off): the link to choose a new password, and word that the password
 * was changed, so that a holder who did not change it knows at once. Queued in the change's transaction just
 * before it commits (decision 0015). The link's key is derived here, from the account as it is now; the
 * administrators' view of messages withholds it ({@code key=***}).
 */
@Component
class AccountSafetyNotices {

	/** The audited changes that set a new password, whoever set it. */
	private static final Set<String> PASSWORD_SET = Set.of("account.password-changed", "account.password-reset-by-link",
			"account.password-reset");

	private final AccountManagement accounts;
	private final PasswordResets resets;
	private final Preferences preferences;
	private final Templates templates;
	private final MessageQueue queue;
	private final NoticeSender sender;
	private final Clock clock;

	AccountSafetyNotices(AccountManagement accounts, PasswordResets resets, Preferences preferences,
			Templates templates, MessageQueue queue, NoticeSender sender, Clock clock) {
		this.accounts = accounts;
		this.resets = resets;
		this.preferences = preferences;
		this.templates = templates;
		this.queue = queue;
		this.sender = sender;
		this.clock = clock;
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
		Account account = accounts.findById(accountId).orElse(null);
		AccountContact contact = accounts.contactOf(accountId).orElse(null);
		if (account == null || contact == null || !account.enabled()) {
			return;
		}
		String language = preferences.of(accountId).language();
		Map<String, String> values = Map.of("applicant", account.displayName(), "link", link);
		Map<NotificationChannel, NotificationTemplate> template = templates.of(notice, language);
		String key = accountId + "|" + notice + "|" + once;
		Instant now = clock.instant();
		if (Recipients.isEmail(contact.email())) {
			queue.enqueue(sender.rendered(key, template.get(NotificationChannel.EMAIL), contact.email(), false, accountId,
					account.username(), language, values), now);
		}
		if (Recipients.isPhone(contact.phone())) {
			queue.enqueue(sender.rendered(key, template.get(NotificationChannel.SMS), contact.phone(), false, accountId,
					account.username(), language, values), now);
		}
	}
}
