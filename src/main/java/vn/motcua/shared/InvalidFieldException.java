package vn.motcua.shared;

/**
 * Bad input in one field of a form or request body, so that a page shows the message at that field and
 * the API names it under its problem detail's {@code errors} ({@link ApiProblems}). The message itself
 * need not name the field: where it is shown alone, the field's label is put before it
 * ({@link FieldLabels}).
 */
public class InvalidFieldException extends InvalidRequestException {

	private final String field;

	public InvalidFieldException(String field, String messageKey, Object... arguments) {
		super(messageKey, arguments);
		this.field = field;
	}

	/** The field's name as the form and the request body call it. */
	public String field() {
		return field;
	}
}
