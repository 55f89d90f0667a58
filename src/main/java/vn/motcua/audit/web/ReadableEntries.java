package vn.motcua.audit.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import vn.motcua.audit.AuditPage;
import vn.motcua.shared.InstallationAdministration;
import vn.motcua.shared.PersonalData;

/**
 * The trail's entries as their reader may read them: whole for the installation's administrator, who
 * keeps the trail (decision 0040); with the citizens' ID numbers, phone numbers and e-mail addresses
 * hidden for the People's Inspection Board, which supervises what was done and when, not who the
 * citizens are (decision 0031).
 */
@Component
class ReadableEntries {

	private final MessageSource messages;
	private final InstallationAdministration installation;

	ReadableEntries(MessageSource messages, InstallationAdministration installation) {
		this.messages = messages;
		this.installation = installation;
	}

	AuditPage of(AuditPage page, HttpServletRequest request, Locale locale) {
		if (keepsTheTrail(request)) {
			return page;
		}
		return page.withPersonalDataHidden(messages.getMessage(PersonalData.HIDDEN, null, locale));
	}

	/**
	 * Whether the reader is an installation's administrator: a people's inspector who also administers
	 * another agency reads as an inspector.
	 */
	boolean keepsTheTrail(HttpServletRequest request) {
		return request.getUserPrincipal() instanceof Authentication authentication
				&& installation.administersInstallation(authentication);
	}
}
