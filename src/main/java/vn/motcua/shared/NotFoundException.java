package vn.motcua.shared;

/** A record that does not exist, or that the caller may not know exists. */
public class NotFoundException extends InvalidRequestException {

	public NotFoundException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}
}
