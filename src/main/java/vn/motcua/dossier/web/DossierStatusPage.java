package vn.motcua.dossier.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.motcua.dossier.DossierManagement;
import vn.motcua.shared.InvalidRequestException;

/** The public status page: a form to type a code, and the page the slips' QR codes open. */
@Controller
class DossierStatusPage {

	private final DossierManagement dossiers;
	private final StatusLookupLimit limit;

	DossierStatusPage(DossierManagement dossiers, StatusLookupLimit limit) {
		this.dossiers = dossiers;
		this.limit = limit;
	}

	@GetMapping("/dossiers/status")
	String lookUp(@RequestParam(required = false) @Nullable String code, HttpServletRequest request, Model model,
			Locale locale) {
		if (code == null || code.isBlank()) {
			return "dossier/status";
		}
		return show(code.trim(), request, model, locale);
	}

	@GetMapping("/dossiers/{code}/status")
	String show(@PathVariable String code, HttpServletRequest request, Model model, Locale locale) {
		model.addAttribute("code", code);
		limit.check(request);
		try {
			dossiers.status(code, locale).ifPresentOrElse(view -> model.addAttribute("dossier", view),
					() -> model.addAttribute("notFound", true));
		}
		catch (InvalidRequestException e) {
			model.addAttribute("malformed", true);
		}
		return "dossier/status";
	}
}
