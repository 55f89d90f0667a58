package vn.motcua.organization.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.organization.Agency;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.Unit;
import vn.motcua.organization.UnitKind;
import vn.motcua.organization.UnitReorganizations;
import vn.motcua.shared.InvalidRequestException;

/**
 * Administrators list and create agencies, edit one and its contact details, add units to its tree, and
 * see its units' merges and splits. The installation's administrators see and create every agency, any
 * other administrator sees their own only (decision 0039; the access rules refuse the rest).
 */
@Controller
@RequestMapping("/admin/agencies")
class AgencyAdminController {

	static final String NOTICE = "notice";

	private final OrganizationManagement organization;
	private final UnitReorganizations reorganizations;
	private final AgencyAdministration administration;

	AgencyAdminController(OrganizationManagement organization, UnitReorganizations reorganizations,
			AgencyAdministration administration) {
		this.organization = organization;
		this.reorganizations = reorganizations;
		this.administration = administration;
	}

	@GetMapping
	String list(Model model) {
		return list(model, new NewAgencyForm());
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") NewAgencyForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				Agency agency = organization.createAgency(form.getCode(), form.getName(), form.getProvince());
				redirect.addFlashAttribute(NOTICE, "organization.notice.agency-created");
				return "redirect:/admin/agencies/" + agency.id();
			}
			catch (InvalidRequestException refusal) {
				FormErrors.reject(errors, refusal);
			}
		}
		return list(model, form);
	}

	private String list(Model model, NewAgencyForm form) {
		model.addAttribute("form", form);
		model.addAttribute("agencies", administration.administered());
		model.addAttribute("mayCreate", administration.administersAll());
		return "organization/agencies";
	}

	@GetMapping("/{agencyId}")
	String show(@PathVariable UUID agencyId, Model model) {
		Agency agency = organization.agency(agencyId);
		return show(agency, AgencyForm.of(agency), new UnitForm(), model);
	}

	@PostMapping("/{agencyId}")
	String update(@PathVariable UUID agencyId, @Valid @ModelAttribute("form") AgencyForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		Agency agency = organization.agency(agencyId);
		if (!errors.hasErrors()) {
			try {
				organization.updateAgency(agencyId, form.getName(), form.getProvince());
				redirect.addFlashAttribute(NOTICE, "organization.notice.agency-saved");
				return "redirect:/admin/agencies/" + agencyId;
			}
			catch (InvalidRequestException refusal) {
				FormErrors.reject(errors, refusal);
			}
		}
		return show(agency, form, new UnitForm(), model);
	}

	@PostMapping("/{agencyId}/contact")
	String changeContact(@PathVariable UUID agencyId, @Valid @ModelAttribute("contactForm") AgencyContactForm contactForm,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Agency agency = organization.agency(agencyId);
		if (!errors.hasErrors()) {
			try {
				organization.changeContact(contactForm.details(agencyId));
				redirect.addFlashAttribute(NOTICE, "organization.notice.contact-saved");
				return "redirect:/admin/agencies/" + agencyId + "#contact-heading";
			}
			catch (InvalidRequestException refusal) {
				FormErrors.reject(errors, refusal);
			}
		}
		model.addAttribute("contactForm", contactForm);
		return show(agency, AgencyForm.of(agency), new UnitForm(), model);
	}

	@PostMapping("/{agencyId}/units")
	String addUnit(@PathVariable UUID agencyId, @Valid @ModelAttribute("unitForm") UnitForm unitForm,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Agency agency = organization.agency(agencyId);
		if (!errors.hasErrors()) {
			try {
				Unit unit = organization.addUnit(agencyId, unitForm.getParentId(), unitForm.getName(),
						unitForm.requiredKind(), unitForm.getStartedOn());
				redirect.addFlashAttribute(NOTICE, "organization.notice.unit-added");
				return "redirect:/admin/agencies/" + agencyId + "#unit-" + unit.id();
			}
			catch (InvalidRequestException refusal) {
				FormErrors.reject(errors, refusal);
			}
		}
		return show(agency, AgencyForm.of(agency), unitForm, model);
	}

	private String show(Agency agency, AgencyForm form, UnitForm unitForm, Model model) {
		var tree = organization.unitTree(agency.id());
		if (!model.containsAttribute("contactForm")) {
			model.addAttribute("contactForm", AgencyContactForm.of(organization.contact(agency.id())));
		}
		model.addAttribute("agency", agency);
		model.addAttribute("form", form);
		model.addAttribute("unitForm", unitForm);
		model.addAttribute("tree", tree);
		List<Unit> units = organization.units(agency.id());
		model.addAttribute("endedUnits", units.stream().filter(unit -> !unit.inService()).toList());
		model.addAttribute("lineage", LineageRow.of(reorganizations.lineage(agency.id()), units));
		model.addAttribute("unitOptions", UnitOption.of(tree));
		model.addAttribute("kinds", UnitKind.values());
		return "organization/agency";
	}
}
