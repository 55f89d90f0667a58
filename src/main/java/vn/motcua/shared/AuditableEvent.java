package vn.motcua.shared;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A state change that the audit trail records. Every module's events that change state implement
 * this, so that the audit module listens to one type and knows no other module.
 */
public interface AuditableEvent {

	/** Who made the change. */
	Actor actor();

	/** When the change happened. */
	Instant occurredAt();

	/**
	 * A short verb phrase in English, such as {@code account.registered}; the audit trail keeps it in
	 * lower case, as its action filter compares it.
	 */
	String action();

	/** The kind of record changed, such as {@code Account}. */
	String recordType();

	/** The id of the record changed. */
	String recordId();

	/** A one-line summary of the change, without secrets (no passwords, no denouncer identity). */
	String summary();

	/**
	 * The code of the agency whose work was changed, when it is one agency's (a dossier, a petition, a
	 * consultation): that agency's People's Inspection Board reads the entry. None for the installation's
	 * own records (accounts, the calendar, templates), which the home agency's board reads (decision 0051).
	 * A record with an {@code agencyCode} component answers it by that component.
	 */
	default @Nullable String agencyCode() {
		return null;
	}
}
