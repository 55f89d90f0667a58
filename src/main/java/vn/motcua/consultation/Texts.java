package vn.motcua.consultation;

import org.jspecify.annotations.Nullable;

import vn.motcua.shared.InvalidFieldException;

/** The checks of typed text: required or optional, and never longer than its column. */
final class Texts {

	private Texts() {
	}

	/** @throws InvalidFieldException naming the field when the text is blank or too long */
	static String required(@Nullable String text, int maxLength, String field) {
		if (text == null || text.isBlank()) {
			throw new InvalidFieldException(field, "consultation.field.required");
		}
		return optional(text, maxLength, field);
	}

	/** The stripped text, null when blank. */
	static @Nullable String optional(@Nullable String text, int maxLength, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String stripped = text.strip();
		if (stripped.length() > maxLength) {
			throw new InvalidFieldException(field, "consultation.field.too-long", maxLength);
		}
		return stripped;
	}
}
