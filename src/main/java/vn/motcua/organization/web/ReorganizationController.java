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
import vn.motcua.organization.UnitsReorganized;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.NotFoundException;

/**
 * An administrator of the agency merges units or splits one (decision 0036). Like every page of the
 * agency, the access rules keep them for those who administer it (decision 0039).
 */
@Controller
@RequestMapping("/admin/agencies/{agencyId}")
class ReorganizationController {

	static final String MOVED = "moved";

	private final OrganizationManagement organization;
	private final UnitReorganizations reorganizations;

	ReorganizationController(OrganizationManagement organization, UnitReorganizations reorganizations) {
		this.organization = organization;
		this.reorganizations = reorganizations;
	}

	@GetMapping("/merge")
	String mergeForm(@PathVariable UUID agencyId, Model model) {
		return merge(organization.agency(agencyId), new MergeForm(), model);
	}

	@PostMapping("/merge")
	String merge(@PathVariable UUID agencyId, @Valid @ModelAttribute("form") MergeForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		Agency agency = organization.agency(agencyId);
		if (!errors.hasErrors()) {
			try {
				return done(agencyId, reorganizations.merge(form.order(agencyId)), redirect);
			}
			catch (InvalidRequestException refusal) {
				FormErrors.reject(errors, refusal);
			}
		}
		return merge(agency, form, model);
	}

	@GetMapping("/units/{unitId}/split")
	String splitForm(@PathVariable UUID agencyId, @PathVariable UUID unitId, Model model) {
		return split(organization.agency(agencyId), unitOf(agencyId, unitId), new SplitForm(), model);
	}

	@PostMapping("/units/{unitId}/split")
	String split(@PathVariable UUID agencyId, @PathVariable UUID unitId, @Valid @ModelAttribute("form") SplitForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Agency agency = organization.agency(agencyId);
		Unit unit = unitOf(agencyId, unitId);
		if (!errors.hasErrors()) {
			try {
				return done(agencyId, reorganizations.split(form.order(unitId)), redirect);
			}
			catch (InvalidRequestException refusal) {
				FormErrors.reject(errors, refusal);
			}
		}
		return split(agency, unit, form, model);
	}

	private String done(UUID agencyId, UnitsReorganized reorganized, RedirectAttributes redirect) {
		redirect.addFlashAttribute(AgencyAdminController.NOTICE,
				"organization.notice." + reorganized.kind().name().toLowerCase(java.util.Locale.ROOT) + "-done");
		redirect.addFlashAttribute(MOVED, List.of(reorganized.workMovedCount(), reorganized.processStepsMovedCount()));
		return "redirect:/admin/agencies/" + agencyId + "#lineage-heading";
	}

	private String merge(Agency agency, MergeForm form, Model model) {
		model.addAttribute("agency", agency);
		model.addAttribute("form", form);
		model.addAttribute("unitOptions", UnitOption.of(organization.unitTree(agency.id())));
		model.addAttribute("kinds", UnitKind.values());
		return "organization/merge";
	}

	private String split(Agency agency, Unit unit, SplitForm form, Model model) {
		if (!unit.inService()) {
			throw new NotFoundException("organization.unit.not-found");
		}
		model.addAttribute("agency", agency);
		model.addAttribute("unit", unit);
		model.addAttribute("form", form);
		model.addAttribute("unitOptions", UnitOption.of(organization.unitTree(agency.id())).stream()
			.filter(option -> !option.id().equals(unit.id()))
			.toList());
		model.addAttribute("officers", organization.officers(agency.id()).stream()
			.filter(officer -> officer.unitId().equals(unit.id()))
			.toList());
		return "organization/split";
	}

	private Unit unitOf(UUID agencyId, UUID unitId) {
		Unit unit = organization.unit(unitId);
		if (!unit.agencyId().equals(agencyId)) {
			throw new NotFoundException("organization.unit.not-found");
		}
		return unit;
	}
}
