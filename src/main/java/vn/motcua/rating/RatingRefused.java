package vn.motcua.rating;

/**
 * A rating the rules do not allow now: the dossier is not returned yet, the window to change a
 * rating has closed, the kiosk has no service opened by the desk (a conflict with the current
 * state), or the kiosk itself is not open (forbidden). Carries a message key of the bundles.
 */
public class RatingRefused extends RuntimeException {

	/** How the refusal is answered: 409 Conflict or 403 Forbidden. */
	public enum Reason {
		CONFLICT(409),
		FORBIDDEN(403);

		private final int status;

		Reason(int status) {
			this.status = status;
		}

		public int status() {
			return status;
		}
	}

	private final Reason reason;
	private final String messageKey;
	private final transient Object[] arguments;

	public RatingRefused(Reason reason, String messageKey, Object... arguments) {
		super(messageKey);
		this.reason = reason;
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public Reason reason() {
		return reason;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}
}
