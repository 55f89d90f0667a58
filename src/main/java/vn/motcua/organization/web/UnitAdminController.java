package vn.motcua.organization.web;

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
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.NotFoundException;

/** Administrators rename a unit, change its kind or move it under another parent. */
@Controller
@RequestMapping("/admin/agencies/{agencyId}/units/{unitId}")
class UnitAdminController {

	private final OrganizationManagement organization;

	UnitAdminController(OrganizationManagement organization) {
		this.organization = organization;
	}

	@GetMapping
	String edit(@PathVariable UUID agencyId, @PathVariable UUID unitId, Model model) {
		Unit unit = unitOf(agencyId, unitId);
		return edit(unit, UnitForm.of(unit), model);
	}

	@PostMapping
	String change(@PathVariable UUID agencyId, @PathVariable UUID unitId, @Valid @ModelAttribute("unitForm") UnitForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Unit unit = unitOf(agencyId, unitId);
		if (!errors.hasErrors()) {
			try {
				organization.changeUnit(unitId, form.getName(), form.requiredKind(), form.getParentId());
				redirect.addFlashAttribute(AgencyAdminController.NOTICE, "organization.notice.unit-saved");
				return "redirect:/admin/agencies/" + agencyId + "#unit-" + unitId;
			}
			catch (InvalidRequestException refusal) {
				FormErrors.reject(errors, refusal);
			}
		}
		return edit(unit, form, model);
	}

	/** The unit, if it belongs to the agency of the address; another agency's unit is not found here. */
	private Unit unitOf(UUID agencyId, UUID unitId) {
		Unit unit = organization.unit(unitId);
		if (!unit.agencyId().equals(agencyId)) {
			throw new NotFoundException("organization.unit.not-found");
		}
		return unit;
	}

	private String edit(Unit unit, UnitForm form, Model model) {
		Agency agency = organization.agency(unit.agencyId());
		model.addAttribute("agency", agency);
		model.addAttribute("unit", unit);
		model.addAttribute("unitForm", form);
		model.addAttribute("unitOptions", UnitOption.of(organization.unitTree(agency.id())).stream()
			.filter(option -> !option.id().equals(unit.id()))
			.toList());
		model.addAttribute("kinds", UnitKind.values());
		return "organization/unit";
	}
}
