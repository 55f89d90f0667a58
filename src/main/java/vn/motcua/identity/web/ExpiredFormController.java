package vn.motcua.identity.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import vn.motcua.identity.ExpiredForms;
import vn.motcua.shared.FieldLabels;

/**
 * The page for a form sent with the token of a session that no longer exists ({@link ExpiredForms}
 * forwards it here): nothing was sent; the form is to be opened again (after signing in again, if it
 * needs that), with a link to it, and what the visitor typed is shown to be copied into it, so that
 * nothing typed is lost. The sending itself is never taken, nor offered to be sent again from here: a
 * button that sent it with a fresh token would send whatever another site had posted, at one click.
 * Shown are only the fields the form labels (not its hidden ones, nor the token), never a password,
 * and never a file (a browser cannot be given one back); the page is not cached (the security
 * headers say so for every page).
 */
@Controller
class ExpiredFormController {

	private final MessageSource messages;

	ExpiredFormController(MessageSource messages) {
		this.messages = messages;
	}

	/** A field the visitor filled in, by its label. */
	record Typed(String label, String text) {
	}

	@RequestMapping(ExpiredForms.PAGE)
	ModelAndView page(HttpServletRequest request, Locale locale) {
		ModelAndView page = new ModelAndView("identity/form-expired", HttpStatus.FORBIDDEN);
		// reached by a link rather than a forward, the page shows no text from the address
		boolean forwarded = request.getDispatcherType() == DispatcherType.FORWARD;
		page.addObject("typed", forwarded ? typed(request, locale) : List.of());
		page.addObject("back", back(request));
		page.addObject("sessionEnded", request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid());
		return page;
	}

	private List<Typed> typed(HttpServletRequest request, Locale locale) {
		Object handler = request.getAttribute(ExpiredForms.HANDLER);
		var typed = new ArrayList<Typed>();
		for (Map.Entry<String, String[]> field : request.getParameterMap().entrySet()) {
			String text = String.join(", ", field.getValue()).strip();
			if (text.isEmpty() || field.getKey().toLowerCase(Locale.ROOT).contains("password")) {
				continue;
			}
			FieldLabels.label(field.getKey(), handler, messages, locale)
				.ifPresent(label -> typed.add(new Typed(label, text)));
		}
		return typed;
	}

	/** The page the form was on, when the browser names one of this site; else the home page. */
	private static String back(HttpServletRequest request) {
		String home = request.getContextPath() + "/";
		@Nullable String referer = request.getHeader(HttpHeaders.REFERER);
		if (referer == null) {
			return home;
		}
		try {
			URI page = URI.create(referer);
			if (!request.getServerName().equalsIgnoreCase(page.getHost()) || page.getRawPath() == null
					|| !page.getRawPath().startsWith(home)) {
				return home;
			}
			return page.getRawPath() + (page.getRawQuery() == null ? "" : "?" + page.getRawQuery());
		}
		catch (IllegalArgumentException notAnAddress) {
			return home;
		}
	}
}
