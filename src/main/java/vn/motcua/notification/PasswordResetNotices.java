package vn.motcua.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.motcua.identity.Account;
import vn.motcua.identity.AccountContact;
import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.PasswordResetRequested;
import vn.motcua.identity.PasswordResets;

/**
 * Sends the link to choose a new password to the account's own e-mail address and phone, both, whatever
 * channels its holder chose for notices about dossiers: it is about the account's safety, and whoever asked
 * may have lost access to one of them. Queued in the request's transaction just before it commits (decision
 * 0015). The link's key is derived here, from the account as it is now; the administrators' view of
 * messages withholds it ({@code key=***}).
 */
@Component
class PasswordResetNotices {

	private final AccountManagement accounts;
	private final PasswordResets resets;
	private final Preferences preferences;
	private final Templates templates;
	private final MessageQueue queue;
	private final NoticeSender sender;
	private final Clock clock;

	PasswordResetNotices(AccountManagement accounts, PasswordResets resets, Preferences preferences, Templates templates,
			MessageQueue queue, NoticeSender sender, Clock clock) {
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
		Account account = accounts.findById(requested.accountId()).orElse(null);
		AccountContact contact = accounts.contactOf(requested.accountId()).orElse(null);
		if (account == null || contact == null) {
			return;
		}
		String language = preferences.of(account.id()).language();
		String username = account.username();
		Map<String, String> values = Map.of("applicant", account.displayName(),
				"link", sender.link(resets.linkPath(account.id(), requested.expiresAt())));
		Map<NotificationChannel, NotificationTemplate> template = templates.of(Notice.PASSWORD_RESET, language);
		// one message per link and channel, however often the registry hands the event over
		String key = requested.accountId() + "|" + Notice.PASSWORD_RESET + "|" + requested.expiresAt().getEpochSecond() + "|";
		Instant now = clock.instant();
		if (Recipients.isEmail(contact.email())) {
			queue.enqueue(sender.rendered(key, template.get(NotificationChannel.EMAIL), contact.email(), false,
					requested.accountId(), username, language, values), now);
		}
		if (Recipients.isPhone(contact.phone())) {
			queue.enqueue(sender.rendered(key, template.get(NotificationChannel.SMS), contact.phone(), false,
					requested.accountId(), username, language, values), now);
		}
	}
}
