package vn.motcua.dossier;

import java.time.LocalDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.motcua.catalog.Channel;

/**
 * Whom a dossier's notices go to and what they name: its code, how it was handed in, the applicant's
 * account and contact details, the procedure and the appointment. Read from the dossier's row alone,
 * for the notification module's listeners, which need none of its documents, steps or history.
 */
public record DossierContact(String code, Channel channel, @Nullable UUID accountId, String applicantName,
		String phone, @Nullable String email, String procedureName, @Nullable LocalDateTime appointmentAt) {
}
