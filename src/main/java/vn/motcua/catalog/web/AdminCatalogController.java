package vn.motcua.catalog.web;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.motcua.catalog.CatalogManagement;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.shared.InvalidRequestException;

/**
 * The administrator's catalogue: drafts, sectors, procedures in force, new drafts and abolitions; of their
 * own agency for another agency's administrator, the sectors for the installation's (decision 0040).
 */
@Controller
@RequestMapping("/admin/catalog")
class AdminCatalogController {

	private final CatalogManagement catalog;
	private final CatalogAdministration administration;

	AdminCatalogController(CatalogManagement catalog, CatalogAdministration administration) {
		this.catalog = catalog;
		this.administration = administration;
	}

	@GetMapping
	String index(@RequestParam(required = false) @Nullable String q, Model model) {
		model.addAttribute("sector", new SectorForm());
		return indexPage(q, model);
	}

	@PostMapping("/sectors")
	String saveSector(@Valid @ModelAttribute("sector") SectorForm form, BindingResult errors, Model model) {
		if (!errors.hasErrors()) {
			try {
				catalog.saveSector(form.getCode(), form.getName(), form.getPosition());
				return "redirect:/admin/catalog?sectorSaved";
			}
			catch (InvalidRequestException e) {
				AdminForms.reject(errors, e);
			}
		}
		return indexPage(null, model);
	}

	/** Starts the next version of a procedure in force, or opens the draft already started. */
	@PostMapping("/procedures/{code}/drafts")
	String startDraft(@PathVariable String code) {
		ProcedureVersion draft = catalog.startDraft(code);
		return "redirect:/admin/catalog/drafts/" + draft.id();
	}

	@GetMapping("/procedures/{code}/abolish")
	String abolishForm(@PathVariable String code, Model model) {
		model.addAttribute("decision", new DecisionForm());
		return abolishPage(code, model);
	}

	@PostMapping("/procedures/{code}/abolish")
	String abolish(@PathVariable String code, @Valid @ModelAttribute("decision") DecisionForm form,
			BindingResult errors, Model model) {
		if (!errors.hasErrors()) {
			try {
				catalog.abolish(code, form.toDecision(), form.getEffectiveFrom());
				return "redirect:/admin/catalog?abolished=" + code;
			}
			catch (InvalidRequestException e) {
				AdminForms.reject(errors, e);
			}
		}
		return abolishPage(code, model);
	}

	private String indexPage(@Nullable String q, Model model) {
		model.addAttribute("q", q == null ? "" : q);
		// another agency's administrator lists their agency's drafts and procedures only (decision 0040)
		boolean all = administration.administersAll();
		model.addAttribute("drafts", catalog.drafts().stream()
			.filter(draft -> all || administration.administers(draft.content().agencyCode())).toList());
		model.addAttribute("sectorList", catalog.sectors());
		model.addAttribute("maySaveSectors", all);
		model.addAttribute("result", all ? catalog.procedures(q, null, 0, 50)
				: catalog.procedures(q, null, administration.administeredAgencyCodes(), 0, 50));
		return "catalog/admin/index";
	}

	private String abolishPage(String code, Model model) {
		model.addAttribute("version", catalog.currentVersion(code));
		return "catalog/admin/abolish";
	}
}
