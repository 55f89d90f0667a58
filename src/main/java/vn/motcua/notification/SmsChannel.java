package vn.motcua.notification;

import java.text.Normalizer;

import org.springframework.stereotype.Component;

/**
 * SMS through the configured gateway. Optionally without Vietnamese diacritics, so that a message
 * fits the 160 characters of one GSM text instead of 70 in UCS-2.
 */
@Component
class SmsChannel implements Channel {

	private final SmsGateway gateway;
	private final boolean stripDiacritics;

	SmsChannel(SmsGateway gateway, NotificationProperties properties) {
		this.gateway = gateway;
		this.stripDiacritics = properties.sms().stripDiacritics();
	}

	@Override
	public NotificationChannel kind() {
		return NotificationChannel.SMS;
	}

	@Override
	public void deliver(OutgoingMessage message) throws DeliveryException {
		String text = stripDiacritics ? plain(message.body()) : message.body();
		gateway.send(message, text);
	}

	/** Hồ sơ đã tiếp nhận becomes Ho so da tiep nhan. */
	static String plain(String text) {
		String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
		return decomposed.replaceAll("\\p{M}+", "");
	}
}
