package vn.motcua.notification;

/** Sends one text message to one phone number (an adapter of a provider). */
interface SmsGateway {

	/** Sends the text (the message's body, maybe without diacritics) to the message's recipient. */
	void send(OutgoingMessage message, String text) throws DeliveryException;
}
