package vn.motcua.petition;

import org.jspecify.annotations.Nullable;

/**
 * Who sent a petition. For a denunciation this is the secret identity: only the assigned handler
 * and the agency leader read it, and each read is audited.
 */
public record Petitioner(@Nullable String name, @Nullable String address, @Nullable String phone,
		@Nullable String email) {

	static final Petitioner NONE = new Petitioner(null, null, null, null);
}
