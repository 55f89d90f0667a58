package vn.motcua.disclosure;

import vn.motcua.shared.InvalidRequestException;

/** Bad input in one field of the publication's form, so that the page ties the message to that field. */
public class InvalidFieldException extends InvalidRequestException {

	private final String field;

	InvalidFieldException(String field, String messageKey, Object... arguments) {
		super(messageKey, arguments);
		this.field = field;
	}

	public String field() {
		return field;
	}
}
