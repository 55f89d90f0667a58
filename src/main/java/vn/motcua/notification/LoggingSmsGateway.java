package vn.motcua.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default: text messages are written to the log only, as {@link DeliveryLog} lets the log
 * show them (nothing of a denouncer's).
 */
class LoggingSmsGateway implements SmsGateway {

	private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);

	@Override
	public void send(OutgoingMessage message, String text) {
		log.info("{} logged only, not sent (motcua.notification.sms.gateway=log): {}", DeliveryLog.about(message),
				DeliveryLog.text(message, text));
	}
}
