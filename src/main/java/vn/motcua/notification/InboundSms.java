package vn.motcua.notification;

import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.motcua.dossier.DossierManagement;
import vn.motcua.dossier.DossierStatusView;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.RateLimits;

/**
 * Answers text messages sent to the agency's number: {@code TRACUU <code>} gets the dossier's public
 * status (procedure, status, appointment; never the applicant's data). Replies are Vietnamese,
 * the language of the service number. Each sender has a rate limit, so that nobody walks codes.
 */
@Component
class InboundSms {

	static final String LOOKUP = "TRACUU";
	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final DossierManagement dossiers;
	private final MessageSource messages;
	private final RateLimits limits;

	InboundSms(DossierManagement dossiers, MessageSource messages, RateLimits limits) {
		this.dossiers = dossiers;
		this.messages = messages;
		this.limits = limits;
	}

	String answer(String from, String text) {
		String[] words = text.trim().split("\\s+");
		if (words.length != 2 || !LOOKUP.equalsIgnoreCase(SmsChannel.plain(words[0]))) {
			return message("notification.sms.reply.usage");
		}
		if (!limits.tryAcquire("sms-lookup", from)) {
			return message("notification.sms.reply.too-many");
		}
		String code = words[1].toUpperCase(Locale.ROOT);
		Optional<DossierStatusView> found;
		try {
			found = dossiers.status(code, VIETNAMESE);
		}
		catch (InvalidRequestException malformed) {
			return message("notification.sms.reply.malformed", code);
		}
		return found.map(this::status).orElseGet(() -> message("notification.sms.reply.unknown", code));
	}

	private String status(DossierStatusView view) {
		String status = message("dossier.status." + view.status());
		if (view.appointmentAt() == null || view.status().isFinal()) {
			return message("notification.sms.reply.status", view.code(), view.procedureName(), status);
		}
		return message("notification.sms.reply.status-appointment", view.code(), view.procedureName(), status,
				Recipients.format(view.appointmentAt(), "vi"));
	}

	private String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, VIETNAMESE);
	}
}
