package vn.motcua.audit.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.audit.AuditTrail;
import vn.motcua.shared.VietnamTime;

/** The administrator's page of the audit trail: recent entries, filters, and the integrity check. */
@Controller
@RequestMapping("/admin/audit")
class AuditAdminController {

	static final int PAGE_SIZE = 50;

	private final AuditTrail trail;
	private final ReadableEntries readable;

	AuditAdminController(AuditTrail trail, ReadableEntries readable) {
		this.trail = trail;
		this.readable = readable;
	}

	/**
	 * A filter value that does not parse (a bad date) is left out, and the form says why. The actions
	 * the trail holds are offered as suggestions for the action field, which still takes any text.
	 */
	@GetMapping
	String entries(@ModelAttribute("auditFilter") AuditFilterForm filter, BindingResult binding,
			@RequestParam(defaultValue = "0") int page, HttpServletRequest request, Locale locale, Model model) {
		model.addAttribute("result", readable.read(filter.toFilter(), Math.max(page, 0), PAGE_SIZE, request, locale));
		model.addAttribute("actions", trail.actions());
		model.addAttribute("zone", VietnamTime.ZONE);
		model.addAttribute("mayVerify", readable.keepsTheTrail(request));
		return "audit/entries";
	}

	/** Post, redirect, get: the result travels as a flash attribute, so a reload does not re-run it. */
	@PostMapping("/verification")
	String verify(RedirectAttributes redirect) {
		redirect.addFlashAttribute("verification", trail.verify());
		return "redirect:/admin/audit";
	}
}
