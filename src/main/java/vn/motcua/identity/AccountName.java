package vn.motcua.identity;

import java.util.UUID;

/** An account's user name and the name it shows: what another module records about who acted. */
public record AccountName(UUID accountId, String username, String displayName) {
}
