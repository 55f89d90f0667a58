package vn.motcua.shared;

/**
 * Bad input that a rule refused. Carries a message key of the bundles and its arguments, so that
 * the user reads the reason in their own language.
 */
public class InvalidRequestException extends RuntimeException {

	private final String messageKey;
	private final transient Object[] arguments;

	public InvalidRequestException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}
}
