package vn.motcua.petition;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Whom to tell that a petition was answered, and how to reach them: their account when they sent it
 * signed in, otherwise the contact they gave.
 */
public record AnsweredPetitioner(String code, String title, PetitionKind kind, @Nullable UUID accountId,
		Petitioner petitioner) {
}
