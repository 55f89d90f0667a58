package vn.motcua.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The embedded default: text messages are written to the log only. */
class LoggingSmsGateway implements SmsGateway {

	private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);

	@Override
	public void send(String phone, String text, String reference) {
		log.info("SMS (log only, motcua.notification.sms.gateway=log) to {} [{}]: {}", phone, reference, text);
	}
}
