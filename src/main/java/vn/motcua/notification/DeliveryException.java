package vn.motcua.notification;

/**
 * A channel could not deliver a message: temporarily (the server is down, busy or said try later)
 * or permanently (the address is invalid, the gateway refused the message itself).
 */
class DeliveryException extends Exception {

	private final boolean permanent;

	DeliveryException(String message, boolean permanent, Throwable cause) {
		super(message, cause);
		this.permanent = permanent;
	}

	DeliveryException(String message, boolean permanent) {
		super(message);
		this.permanent = permanent;
	}

	boolean isPermanent() {
		return permanent;
	}
}
