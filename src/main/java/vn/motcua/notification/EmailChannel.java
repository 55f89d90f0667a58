package vn.motcua.notification;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * E-mail over SMTP with Spring Boot's mail sender ({@code spring.mail.host} and friends). Without
 * an SMTP server configured (the embedded default) e-mails are only written to the log, as
 * {@link DeliveryLog} lets the log show them (nothing of a denouncer's).
 */
@Component
class EmailChannel implements Channel {

	private static final Logger log = LoggerFactory.getLogger(EmailChannel.class);

	private final @Nullable JavaMailSender mail;
	private final String from;

	EmailChannel(ObjectProvider<JavaMailSender> mail, NotificationProperties properties) {
		this.mail = mail.getIfAvailable();
		this.from = properties.mail().from();
	}

	@Override
	public NotificationChannel kind() {
		return NotificationChannel.EMAIL;
	}

	@Override
	public void deliver(OutgoingMessage message) throws DeliveryException {
		if (mail == null) {
			log.info("{} logged only, not sent (no SMTP server configured, spring.mail.host): {}",
					DeliveryLog.about(message), DeliveryLog.text(message,
							message.subject() == null ? message.body() : message.subject() + "\n" + message.body()));
			return;
		}
		try {
			MimeMessage mime = mail.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(mime, StandardCharsets.UTF_8.name());
			helper.setFrom(from);
			helper.setTo(message.recipient());
			helper.setSubject(message.subject() == null ? "" : message.subject());
			helper.setText(message.body(), false);
			mail.send(mime);
		}
		catch (MessagingException | MailParseException | MailPreparationException e) {
			throw new DeliveryException("Malformed e-mail: " + e.getMessage(), true, e);
		}
		catch (MailAuthenticationException e) {
			// a configuration problem, fixed by an operator: keep trying with back-off
			throw new DeliveryException("SMTP authentication failed: " + e.getMessage(), false, e);
		}
		catch (MailSendException e) {
			throw new DeliveryException("SMTP: " + e.getMessage(), refusedRecipient(e), e);
		}
		catch (MailException e) {
			throw new DeliveryException("SMTP: " + e.getMessage(), false, e);
		}
	}

	/** The server refused the recipient for good (5xx on RCPT TO): no retry will help. */
	private static boolean refusedRecipient(MailSendException e) {
		for (Exception failure : e.getFailedMessages().values()) {
			for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
				if (cause instanceof SendFailedException sendFailed && sendFailed.getInvalidAddresses() != null
						&& sendFailed.getInvalidAddresses().length > 0) {
					return true;
				}
			}
		}
		return false;
	}
}
