package vn.motcua.notification;

/** Sends one text message to one phone number (an adapter of a provider). */
interface SmsGateway {

	void send(String phone, String text, String reference) throws DeliveryException;
}
