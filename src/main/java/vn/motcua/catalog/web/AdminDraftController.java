package vn.motcua.catalog.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.catalog.CatalogManagement;
import vn.motcua.catalog.ChangeKind;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.InvalidRequestException;

/** The administrator's drafts: create, edit, attach form templates, check, announce or discard. */
@Controller
@RequestMapping("/admin/catalog/drafts")
class AdminDraftController {

	private final CatalogManagement catalog;
	private final OrganizationManagement organization;
	private final MessageSource messages;
	private final CatalogAdministration administration;

	AdminDraftController(CatalogManagement catalog, OrganizationManagement organization, MessageSource messages,
			CatalogAdministration administration) {
		this.catalog = catalog;
		this.organization = organization;
		this.messages = messages;
		this.administration = administration;
	}

	@GetMapping("/new")
	String newDraft(Model model) {
		DraftForm form = new DraftForm().withBlankRows();
		administration.proposedAgency().ifPresent(agency -> form.setAgencyCode(agency.code()));
		model.addAttribute("draft", form);
		return newPage(form, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("draft") DraftForm form, BindingResult errors, Model model) {
		administration.rejectAgencyNotAdministered(form, errors);
		if (!errors.hasErrors()) {
			try {
				ProcedureVersion draft = catalog.createDraft(form.getCode().trim(), form.toContent(List.of()));
				return "redirect:/admin/catalog/drafts/" + draft.id() + "?saved";
			}
			catch (InvalidRequestException e) {
				AdminForms.reject(errors, e);
			}
		}
		form.withBlankRows();
		return newPage(form, model);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable UUID id, Model model) {
		ProcedureVersion draft = catalog.draft(id);
		model.addAttribute("draft", DraftForm.of(draft.procedureCode(), draft.content()));
		model.addAttribute("decision", new DecisionForm());
		return editPage(draft, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("draft") DraftForm form, BindingResult errors,
			Model model) {
		ProcedureVersion draft = catalog.draft(id);
		// the path's check saw the draft's agency; the form must not hand it to another
		administration.rejectAgencyNotAdministered(form, errors);
		if (!errors.hasErrors()) {
			try {
				catalog.updateDraft(id, form.toContent(draft.content().documents()));
				return "redirect:/admin/catalog/drafts/" + id + "?saved";
			}
			catch (InvalidRequestException e) {
				AdminForms.reject(errors, e);
			}
		}
		form.withBlankRows();
		model.addAttribute("decision", new DecisionForm());
		return editPage(draft, model);
	}

	@PostMapping("/{id}/templates")
	String attachTemplate(@PathVariable UUID id, @RequestParam int documentIndex,
			@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
		try {
			String name = file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
			catalog.attachFormTemplate(id, documentIndex, name, file == null ? new byte[0] : file.getBytes());
			redirect.addFlashAttribute("templateAttached", name);
		}
		catch (InvalidRequestException e) {
			// the reason travels in the session as text, so that it survives a session store
			redirect.addFlashAttribute("templateRefused",
					messages.getMessage(e.messageKey(), e.arguments(), LocaleContextHolder.getLocale()));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return "redirect:/admin/catalog/drafts/" + id;
	}

	@GetMapping("/{id}/templates/{sha256}")
	ResponseEntity<byte[]> template(@PathVariable UUID id, @PathVariable String sha256) {
		return FormDownloads.of(List.of(catalog.draft(id)), sha256, catalog.draftFormTemplate(id, sha256));
	}

	@PostMapping("/{id}/announce")
	String announce(@PathVariable UUID id, @Valid @ModelAttribute("decision") DecisionForm form, BindingResult errors,
			Model model) {
		ProcedureVersion draft = catalog.draft(id);
		if (form.getKind() == null) {
			errors.rejectValue("kind", "catalog.form.kind.required");
		}
		if (!errors.hasErrors()) {
			try {
				ProcedureVersion announced = catalog.announce(id, form.getKind(), form.toDecision(),
						form.getEffectiveFrom());
				return "redirect:/admin/catalog?announced=" + announced.procedureCode();
			}
			catch (InvalidRequestException e) {
				AdminForms.reject(errors, e);
			}
		}
		model.addAttribute("draft", DraftForm.of(draft.procedureCode(), draft.content()));
		return editPage(draft, model);
	}

	@PostMapping("/{id}/discard")
	String discard(@PathVariable UUID id) {
		catalog.discardDraft(id);
		return "redirect:/admin/catalog?discarded";
	}

	private String newPage(DraftForm form, Model model) {
		AdminForms.addChoices(model, catalog, organization, administration.agencyOfUnits(form.getAgencyCode()));
		return "catalog/admin/new-draft";
	}

	private String editPage(ProcedureVersion draft, Model model) {
		DraftForm form = (DraftForm) model.getAttribute("draft");
		String agencyCode = form != null ? form.getAgencyCode() : draft.content().agencyCode();
		AdminForms.addChoices(model, catalog, organization, administration.agencyOfUnits(agencyCode));
		model.addAttribute("version", draft);
		model.addAttribute("problems", catalog.problems(draft.id()));
		model.addAttribute("changeKinds", catalog.hasAnnouncedVersion(draft.procedureCode())
				? List.of(ChangeKind.AMEND, ChangeKind.REPLACE) : List.of(ChangeKind.ANNOUNCE));
		return "catalog/admin/draft";
	}
}
