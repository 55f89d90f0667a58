package vn.motcua.audit.web;

import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import vn.motcua.audit.AuditFilter;
import vn.motcua.audit.AuditPage;
import vn.motcua.audit.AuditScope;
import vn.motcua.audit.AuditTrail;
import vn.motcua.shared.InspectionBoards;
import vn.motcua.shared.InstallationAdministration;
import vn.motcua.shared.PersonalData;

/**
 * The trail's entries as their reader may read them: all of them, whole, for the installation's
 * administrator, who keeps the trail (decision 0040); for a People's Inspection Board, the entries of
 * its own agency (the home agency's board also those of no agency, decision 0051), with the citizens'
 * ID numbers, phone numbers and e-mail addresses hidden: it supervises what was done and when, not who
 * the citizens are (decision 0031).
 */
@Component
class ReadableEntries {

	private final AuditTrail trail;
	private final MessageSource messages;
	private final InstallationAdministration installation;
	private final InspectionBoards boards;

	ReadableEntries(AuditTrail trail, MessageSource messages, InstallationAdministration installation,
			InspectionBoards boards) {
		this.trail = trail;
		this.messages = messages;
		this.installation = installation;
		this.boards = boards;
	}

	/** The page of the entries matching the filter within the reader's scope. */
	AuditPage read(AuditFilter filter, int page, int size, HttpServletRequest request, Locale locale) {
		Authentication reader = readerOf(request);
		if (keepsTheTrail(reader)) {
			return trail.entries(filter, AuditScope.wholeTrail(), page, size);
		}
		Set<String> inspected = boards.agenciesInspectedBy(reader);
		boolean homeBoard = boards.homeAgencyCode().map(inspected::contains).orElse(false);
		return trail.entries(filter, AuditScope.ofAgencies(inspected, homeBoard), page, size)
			.withPersonalDataHidden(messages.getMessage(PersonalData.HIDDEN, null, locale));
	}

	/**
	 * Whether the reader is an installation's administrator: a people's inspector who also administers
	 * another agency reads as an inspector.
	 */
	boolean keepsTheTrail(HttpServletRequest request) {
		return keepsTheTrail(readerOf(request));
	}

	private boolean keepsTheTrail(@Nullable Authentication reader) {
		return reader != null && installation.administersInstallation(reader);
	}

	private static @Nullable Authentication readerOf(HttpServletRequest request) {
		return request.getUserPrincipal() instanceof Authentication authentication ? authentication : null;
	}
}
