package vn.motcua.dossier.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartHttpServletRequest;

import vn.motcua.catalog.CatalogManagement;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.document.AttachmentStore;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierDraft;
import vn.motcua.dossier.DossierDrafts;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.dossier.ResultDelivery;
import vn.motcua.dossier.SavedDraft;
import vn.motcua.dossier.UploadedFile;
import vn.motcua.identity.Account;
import vn.motcua.identity.AccountManagement;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.NotFoundException;

/**
 * Online submission in three steps that work without JavaScript: fill in the form (saved as a draft
 * with its files), review everything, submit. A draft can be left and resumed from "Hồ sơ của tôi";
 * the form sent twice starts one draft (its idempotency key), and submitting it twice makes one dossier.
 */
@Controller
class SubmissionController {

	private final DossierIntake intake;
	private final DossierDrafts drafts;
	private final CatalogManagement catalog;
	private final AccountManagement accounts;
	private final AttachmentStore attachments;

	SubmissionController(DossierIntake intake, DossierDrafts drafts, CatalogManagement catalog,
			AccountManagement accounts, AttachmentStore attachments) {
		this.intake = intake;
		this.drafts = drafts;
		this.catalog = catalog;
		this.accounts = accounts;
		this.attachments = attachments;
	}

	@GetMapping("/dossiers/new")
	String form(@RequestParam String procedure, Model model) {
		SubmissionForm form = new SubmissionForm();
		form.setProcedure(procedure);
		form.setIdempotencyKey(UUID.randomUUID().toString());
		return show(form, null, model);
	}

	@GetMapping("/dossiers/drafts/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		DossierDraft draft = drafts.draft(account().id(), id);
		SubmissionForm form = new SubmissionForm();
		form.setDraftId(id.toString());
		form.setProcedure(draft.procedureCode());
		form.setAddress(draft.address());
		form.setDelivery(draft.delivery());
		form.setDeliveryAddress(draft.deliveryAddress() == null ? "" : draft.deliveryAddress());
		return show(form, draft, model);
	}

	/**
	 * Saves the form as a draft. The files a citizen chose are kept even when another field is wrong
	 * or another file is refused (a browser cannot fill a file input again): they are saved on the
	 * draft, and the form comes back for that draft, naming them beside their documents.
	 */
	@PostMapping(path = "/dossiers/drafts", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String save(@Valid @ModelAttribute("form") SubmissionForm form, BindingResult errors,
			MultipartHttpServletRequest request, Model model) {
		UUID accountId = account().id();
		UUID draftId = draftId(form.getDraftId());
		try {
			List<UploadedFile> files = UploadedParts.of(request.getFileMap(), Set.of());
			SavedDraft saved = errors.hasErrors()
					? drafts.keepFiles(accountId, draftId, form.getIdempotencyKey(), form.getProcedure(), files)
					: drafts.save(accountId, draftId, form.getIdempotencyKey(), form.getProcedure(), form.getAddress(),
							form.getDelivery() == null ? ResultDelivery.ONLINE : form.getDelivery(),
							form.getDeliveryAddress(), files);
			saved.refusedFiles().forEach(refused -> reject(errors, refused));
			DossierDraft draft = saved.draft();
			if (!errors.hasErrors() && draft != null) {
				return "redirect:/dossiers/drafts/" + draft.id();
			}
			if (draft != null) {
				form.setDraftId(draft.id().toString());
			}
			return show(form, draft, model);
		}
		catch (InvalidRequestException refused) {
			reject(errors, refused);
			return show(form, draftId == null ? null : drafts.draft(accountId, draftId), model);
		}
	}

	private static void reject(BindingResult errors, InvalidRequestException refused) {
		errors.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
	}

	@GetMapping("/dossiers/drafts/{id}")
	String review(@PathVariable UUID id, Model model) {
		DossierDraft draft = drafts.draft(account().id(), id);
		model.addAttribute("draft", draft);
		model.addAttribute("version", catalog.currentVersion(draft.procedureCode()));
		model.addAttribute("missing", drafts.missingDocuments(draft));
		model.addAttribute("account", account());
		return "dossier/review";
	}

	@PostMapping("/dossiers/drafts/{id}/submission")
	String submit(@PathVariable UUID id, Model model) {
		try {
			Dossier dossier = intake.submitDraft(account().id(), id);
			return "redirect:/my/dossiers/" + dossier.code() + "?submitted";
		}
		catch (InvalidRequestException refused) {
			model.addAttribute("error", refused);
			return review(id, model);
		}
	}

	@PostMapping("/dossiers/drafts/{id}/deletion")
	String discard(@PathVariable UUID id) {
		drafts.discard(account().id(), id);
		return "redirect:/my/dossiers?discarded";
	}

	/**
	 * The form, or for a procedure not offered online the ways it is submitted: refusing only at
	 * submission made the applicant fill in the form and upload every file for nothing.
	 */
	private String show(SubmissionForm form, @Nullable DossierDraft draft, Model model) {
		ProcedureVersion version = catalog.currentVersion(form.getProcedure());
		model.addAttribute("version", version);
		if (!version.content().offersOnlineSubmission()) {
			return "dossier/not-online";
		}
		model.addAttribute("form", form);
		model.addAttribute("draft", draft);
		model.addAttribute("account", account());
		model.addAttribute("deliveries", ResultDelivery.values());
		model.addAttribute("maxFileSize", attachments.maxSizeInMegabytes());
		return "dossier/submit";
	}

	private static @Nullable UUID draftId(String text) {
		try {
			return text.isBlank() ? null : UUID.fromString(text);
		}
		catch (IllegalArgumentException e) {
			throw new NotFoundException("dossier.draft.not-found");
		}
	}

	private Account account() {
		return accounts.findById(accounts.currentUser().orElseThrow().accountId()).orElseThrow();
	}
}
