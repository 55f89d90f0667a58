/**
 * Notifications: templates per event, channel and language; e-mail over SMTP and SMS through a
 * gateway; delivery from the event publication registry with retries, an idempotency key and a
 * per-recipient rate limit; the applicant's choice of channels; status look-up by SMS; the notices of
 * appointments at the counter and their reminders.
 */
@NullMarked
@ApplicationModule(displayName = "Notification",
		allowedDependencies = { "shared", "identity", "catalog", "dossier", "petition", "counter" })
package vn.motcua.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
