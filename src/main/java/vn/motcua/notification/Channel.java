package vn.motcua.notification;

/** One way of delivering messages (e-mail, SMS). */
interface Channel {

	NotificationChannel kind();

	/** Delivers the message, or says why not and whether trying again may help. */
	void deliver(OutgoingMessage message) throws DeliveryException;
}
