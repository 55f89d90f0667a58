package vn.motcua.audit.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.motcua.audit.AuditPage;
import vn.motcua.shared.PersonalData;

/**
 * The trail's entries as their reader may read them: whole for the administrator, who keeps the
 * trail; with the citizens' ID numbers, phone numbers and e-mail addresses hidden for the People's
 * Inspection Board, which supervises what was done and when, not who the citizens are (decision 0031).
 */
@Component
class ReadableEntries {

	private final MessageSource messages;

	ReadableEntries(MessageSource messages) {
		this.messages = messages;
	}

	AuditPage of(AuditPage page, HttpServletRequest request, Locale locale) {
		if (request.isUserInRole(AuditAccessRules.ADMINISTRATOR)) {
			return page;
		}
		return page.withPersonalDataHidden(messages.getMessage(PersonalData.HIDDEN, null, locale));
	}
}
