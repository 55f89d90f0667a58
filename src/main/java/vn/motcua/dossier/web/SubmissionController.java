package vn.motcua.dossier.web;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartHttpServletRequest;

import vn.motcua.catalog.CatalogManagement;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.document.AttachmentStore;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.dossier.OnlineSubmission;
import vn.motcua.dossier.ResultDelivery;
import vn.motcua.identity.Account;
import vn.motcua.identity.AccountManagement;
import vn.motcua.shared.InvalidRequestException;

/**
 * The online submission form: the procedure in force, the applicant's data from their account,
 * one file per required document, how the result should come back. It works without JavaScript;
 * the idempotency key issued with the form makes a double click or a resent form one dossier.
 */
@Controller
class SubmissionController {

	private final DossierIntake intake;
	private final CatalogManagement catalog;
	private final AccountManagement accounts;
	private final AttachmentStore attachments;

	SubmissionController(DossierIntake intake, CatalogManagement catalog, AccountManagement accounts,
			AttachmentStore attachments) {
		this.intake = intake;
		this.catalog = catalog;
		this.accounts = accounts;
		this.attachments = attachments;
	}

	@GetMapping("/dossiers/new")
	String form(@RequestParam String procedure, Model model) {
		SubmissionForm form = new SubmissionForm();
		form.setProcedure(procedure);
		form.setIdempotencyKey(UUID.randomUUID().toString());
		return show(form, model);
	}

	@PostMapping("/dossiers")
	String submit(@Valid @ModelAttribute("form") SubmissionForm form, BindingResult errors,
			MultipartHttpServletRequest request, Model model) {
		if (errors.hasErrors()) {
			return show(form, model);
		}
		try {
			Dossier dossier = intake.submitOnline(account().id(), new OnlineSubmission(form.getProcedure(),
					form.getAddress(), form.getDelivery() == null ? ResultDelivery.ONLINE : form.getDelivery(),
					form.getDeliveryAddress().isBlank() ? null : form.getDeliveryAddress(), form.getIdempotencyKey(),
					UploadedParts.of(request.getFileMap(), Set.of())));
			return "redirect:/my/dossiers/" + dossier.code() + "?submitted";
		}
		catch (InvalidRequestException refused) {
			errors.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
			return show(form, model);
		}
	}

	private String show(SubmissionForm form, Model model) {
		ProcedureVersion version = catalog.currentVersion(form.getProcedure());
		model.addAttribute("form", form);
		model.addAttribute("version", version);
		model.addAttribute("account", account());
		model.addAttribute("deliveries", ResultDelivery.values());
		model.addAttribute("maxFileSize", attachments.maxSizeInMegabytes());
		return "dossier/submit";
	}

	private Account account() {
		return accounts.findById(accounts.currentUser().orElseThrow().accountId()).orElseThrow();
	}
}
