package vn.motcua.identity;

import vn.motcua.shared.InvalidRequestException;

/** Another account already uses this citizen ID, tax code, user name, phone or e-mail. */
public class DuplicateAccountException extends InvalidRequestException {

	private final String field;

	DuplicateAccountException(String field) {
		super("identity.duplicate." + field);
		this.field = field;
	}

	/** The form field that clashes. */
	public String field() {
		return field;
	}
}
