package vn.motcua.disclosure;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.motcua.shared.InvalidFieldException;

/** What an officer prepares: the title, its category and audience, the text, and the posting period. */
public record DisclosureContent(String title, String category, DisclosureAudience audience, String body,
		LocalDate postedFrom, LocalDate postedUntil) {

	static final int TITLE_LENGTH = 300;
	static final int BODY_LENGTH = 8000;

	/** @throws InvalidFieldException when a text is blank or too long, or the period ends before it starts */
	DisclosureContent checked() {
		String checkedTitle = required(title, TITLE_LENGTH, "title");
		String checkedBody = required(body, BODY_LENGTH, "body");
		if (postedUntil.isBefore(postedFrom)) {
			throw new InvalidFieldException("postedUntil", "disclosure.period.reversed");
		}
		return new DisclosureContent(checkedTitle, category, audience, checkedBody, postedFrom, postedUntil);
	}

	PostingPeriod period() {
		return new PostingPeriod(postedFrom, postedUntil);
	}

	/** The stripped text. @throws InvalidFieldException naming the field when blank or too long */
	static String required(@Nullable String text, int maxLength, String field) {
		if (text == null || text.isBlank()) {
			throw new InvalidFieldException(field, "disclosure.field.required");
		}
		String stripped = text.strip();
		if (stripped.length() > maxLength) {
			throw new InvalidFieldException(field, "disclosure.field.too-long", maxLength);
		}
		return stripped;
	}
}
