package vn.motcua.organization.web;

import java.util.List;
import java.util.UUID;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.identity.PasswordPolicy;
import vn.motcua.organization.Officer;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.InvalidRequestException;

/** Administrators list an agency's officers (by unit), create officers with their accounts, and change them. */
@Controller
@RequestMapping("/admin/agencies/{agencyId}/officers")
class OfficerAdminController {

	private static final String NEW_VIEW = "organization/officer-new";

	private final OrganizationManagement organization;
	private final OfficerPages pages;
	private final PasswordPolicy passwordPolicy;

	OfficerAdminController(OrganizationManagement organization, OfficerPages pages, PasswordPolicy passwordPolicy) {
		this.organization = organization;
		this.pages = pages;
		this.passwordPolicy = passwordPolicy;
	}

	@GetMapping
	String list(@PathVariable UUID agencyId, @RequestParam(name = "unit", required = false) @Nullable UUID unitId,
			Model model) {
		pages.formChoices(agencyId, model);
		List<Officer> officers = unitId == null ? organization.officers(agencyId)
				: organization.officersOfUnit(agencyId, unitId);
		model.addAttribute("selectedUnit", unitId);
		model.addAttribute("rows", pages.rows(agencyId, officers));
		return "organization/officers";
	}

	@GetMapping("/new")
	String newOfficer(@PathVariable UUID agencyId, Model model) {
		model.addAttribute("form", new NewOfficerForm());
		return newView(agencyId, model);
	}

	@PostMapping
	String create(@PathVariable UUID agencyId, @Valid @ModelAttribute("form") NewOfficerForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		passwordPolicy.violation(form.getInitialPassword(), form.getUsername().strip(), form.getPhone().strip())
			.ifPresent(key -> errors.rejectValue("initialPassword", key));
		if (!errors.hasErrors()) {
			try {
				Officer officer = organization.createOfficer(form.toRegistration(agencyId));
				redirect.addFlashAttribute(AgencyAdminController.NOTICE, "organization.notice.officer-created");
				// the initial password is the administrator's choice, so a temporary one (NewOfficerForm)
				redirect.addFlashAttribute(OfficerPages.TEMPORARY_PASSWORD_GIVEN, true);
				return "redirect:/admin/agencies/" + agencyId + "/officers/" + officer.id();
			}
			catch (InvalidRequestException refusal) {
				FormErrors.reject(errors, refusal);
			}
		}
		return newView(agencyId, model);
	}

	/** The new officer's form: the choices, and what the initial password must be and for how long it works. */
	private String newView(UUID agencyId, Model model) {
		pages.formChoices(agencyId, model);
		pages.temporaryPasswordDays(model);
		model.addAttribute("minPasswordLength", passwordPolicy.minLength());
		return NEW_VIEW;
	}

	@GetMapping("/{officerId}")
	String edit(@PathVariable UUID agencyId, @PathVariable UUID officerId, Model model) {
		Officer officer = pages.officerOf(agencyId, officerId);
		return pages.edit(officer, OfficerForm.of(officer, pages.accountOf(officer)), new PasswordResetForm(), model);
	}

	@PostMapping("/{officerId}")
	String update(@PathVariable UUID agencyId, @PathVariable UUID officerId,
			@Valid @ModelAttribute("form") OfficerForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Officer officer = pages.officerOf(agencyId, officerId);
		if (!errors.hasErrors()) {
			try {
				organization.updateOfficer(officerId, form.requiredUnitId(), form.getFullName(), form.getPositionTitle(),
						form.phoneOrNull(), form.emailOrNull(), form.getRoles());
				redirect.addFlashAttribute(AgencyAdminController.NOTICE, "organization.notice.officer-saved");
				return "redirect:/admin/agencies/" + agencyId + "/officers/" + officerId;
			}
			catch (InvalidRequestException refusal) {
				FormErrors.reject(errors, refusal);
			}
		}
		return pages.edit(officer, form, new PasswordResetForm(), model);
	}
}
