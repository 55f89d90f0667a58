package vn.motcua.identity;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Where an account is reached: what another module needs to send its holder a message. */
public record AccountContact(UUID accountId, @Nullable String email, @Nullable String phone) {
}
