package vn.motcua.notification;

import org.springframework.stereotype.Component;

/**
 * How long a message's body may be on each channel: an e-mail its column's length, an SMS the
 * gateway's maximum ({@code motcua.notification.sms.max-length}). Without the SMS maximum a template
 * filled with a long reason was sent as thousands of characters, dozens of billed segments that
 * many gateways refuse outright.
 */
@Component
class MessageLimits {

	private final int sms;

	MessageLimits(NotificationProperties properties) {
		this.sms = Math.min(NotificationTemplate.MAX_BODY_LENGTH, properties.sms().maxLength());
	}

	int body(NotificationChannel channel) {
		return channel == NotificationChannel.SMS ? sms : NotificationTemplate.MAX_BODY_LENGTH;
	}
}
