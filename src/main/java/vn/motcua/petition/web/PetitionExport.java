package vn.motcua.petition.web;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

import vn.motcua.petition.Petition;
import vn.motcua.petition.PetitionSummary;
import vn.motcua.petition.PetitionView;
import vn.motcua.petition.Petitioner;

/** The CSV export and the working copy; both take what redacts a denouncer's identity (summaries, views). */
final class PetitionExport {

	private PetitionExport() {
	}

	static String csv(List<PetitionSummary> petitions, MessageSource messages, Locale locale) {
		StringBuilder csv = new StringBuilder("\uFEFF");
		csv.append(String.join(",", "code", "kind", "channel", "status", "received_at", "title", "petitioner_name",
				"petitioner_address", "petitioner_phone", "petitioner_email", "sector", "handler", "due_at")).append("\r\n");
		for (PetitionSummary p : petitions) {
			Petitioner who = identity(p.identity(), messages, locale);
			csv.append(String.join(",", cell(p.code()), cell(p.kind().name()), cell(p.channel().name()),
					cell(p.status().name()), cell(p.receivedAt().toString()), cell(p.title()), cell(who.name()),
					cell(who.address()), cell(who.phone()), cell(who.email()), cell(p.sectorCode()), cell(p.handlerName()),
					cell(p.dueAt() == null ? null : p.dueAt().toString()))).append("\r\n");
		}
		return csv.toString();
	}

	static String workingCopy(PetitionView view, MessageSource messages, Locale locale) {
		Petition p = view.petition();
		Petitioner who = identity(view.identity(), messages, locale);
		return String.join("\n", messages.getMessage("petition.working-copy.heading", new Object[] { p.code() }, locale),
				messages.getMessage("petition.kind." + p.kind().name(), null, locale),
				label(messages, locale, "petition.field.name", who.name()),
				label(messages, locale, "petition.field.address", who.address()),
				label(messages, locale, "petition.field.phone", who.phone()),
				label(messages, locale, "petition.field.email", who.email()),
				label(messages, locale, "petition.field.concerning", p.concerning()),
				label(messages, locale, "petition.field.title", p.title()), "", p.content(), "");
	}

	/** The identity, or the word for "hidden" in each of its cells when it is a denouncer's. */
	private static Petitioner identity(@Nullable Petitioner identity, MessageSource messages, Locale locale) {
		if (identity != null) {
			return identity;
		}
		String hidden = messages.getMessage("petition.redacted", null, locale);
		return new Petitioner(hidden, hidden, hidden, hidden);
	}

	private static String label(MessageSource messages, Locale locale, String key, @Nullable String value) {
		return messages.getMessage(key, null, locale) + ": " + (value == null ? "" : value);
	}

	/** A CSV cell; a leading =, +, - or @ is quoted away so a spreadsheet never runs it as a formula. */
	private static String cell(@Nullable String value) {
		if (value == null) {
			return "";
		}
		String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
		return "\"" + safe.replace("\"", "\"\"") + "\"";
	}
}
