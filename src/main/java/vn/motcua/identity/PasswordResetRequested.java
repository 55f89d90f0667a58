package vn.motcua.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * Someone asked for a link to choose a new password for the account; the notification module sends it
 * to the account's e-mail address and phone. The event carries no secret: the link's key is derived
 * when it is written ({@link PasswordResets#linkPath}).
 *
 * @param accountId the account whose password may be chosen again
 * @param expiresAt when the link stops working
 */
public record PasswordResetRequested(UUID accountId, Instant expiresAt) {
}
