package vn.motcua.identity;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Who holds an account, as a dossier names its applicant: the kind, the names, the ID or tax number
 * and the contact, without the roles and the sign-in state that loading the account brings.
 */
public record AccountHolder(UUID accountId, AccountKind kind, String username, String displayName,
		@Nullable String idNumber, @Nullable String phone, @Nullable String email) {
}
