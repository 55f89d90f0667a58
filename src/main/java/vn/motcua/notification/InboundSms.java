package vn.motcua.notification;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.motcua.dossier.DossierManagement;
import vn.motcua.dossier.DossierStatusView;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.RateLimits;

/**
 * Answers text messages sent to the agency's number: {@code TRACUU <code>} gets the dossier's public
 * status (procedure, status, appointment, the reason of a refusal or stop; never the applicant's data). Replies are Vietnamese,
 * the language of the service number. Each sender has a rate limit, so that nobody walks codes.
 */
@Component
class InboundSms {

	static final String LOOKUP = "TRACUU";
	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final DossierManagement dossiers;
	private final MessageSource messages;
	private final RateLimits limits;
	private final MessageLimits smsLimits;

	InboundSms(DossierManagement dossiers, MessageSource messages, RateLimits limits, MessageLimits smsLimits) {
		this.dossiers = dossiers;
		this.messages = messages;
		this.limits = limits;
		this.smsLimits = smsLimits;
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

	/**
	 * The status, and for a refused or stopped dossier the reason (its personal data already hidden by the
	 * public status). The messages are formatted with named placeholders, filled by {@link Templates#render}
	 * within the SMS maximum, so that a long reason or procedure name is shortened and the code is kept.
	 */
	private String status(DossierStatusView view) {
		Map<String, String> values = new HashMap<>();
		values.put("code", view.code());
		values.put("procedure", view.procedureName());
		values.put("status", message("dossier.status." + view.status()));
		String text;
		if (view.appointmentAt() == null || view.status().isFinal()) {
			text = message("notification.sms.reply.status", "{code}", "{procedure}", "{status}");
		}
		else {
			values.put("appointment", Recipients.format(view.appointmentAt(), "vi"));
			text = message("notification.sms.reply.status-appointment", "{code}", "{procedure}", "{status}",
					"{appointment}");
		}
		String reason = view.stopReason() != null ? view.stopReason() : view.refusalReason();
		if (reason != null) {
			values.put("reason", reason);
			String ending = view.stopReason() != null ? "stop" : "refusal";
			text += " " + message("notification.sms.reply.reason." + ending, "{reason}");
		}
		return Templates.render(text, values, smsLimits.body(NotificationChannel.SMS));
	}

	private String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, VIETNAMESE);
	}
}
