package vn.motcua.dossier.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

import vn.motcua.catalog.ApplicantKind;
import vn.motcua.catalog.CatalogManagement;
import vn.motcua.catalog.Channel;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.CounterRegistration;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.dossier.PaperDocument;
import vn.motcua.dossier.ResultDelivery;
import vn.motcua.dossier.UploadedFile;
import vn.motcua.identity.AccountManagement;
import vn.motcua.shared.InvalidRequestException;

/**
 * The desk registers a dossier handed in at the counter or arrived by post: find the procedure, type
 * the applicant's data, count each document's papers and scan them, then decide on the dossier.
 */
@Controller
class CounterController {

	private final DossierIntake intake;
	private final CatalogManagement catalog;
	private final AccountManagement accounts;

	CounterController(DossierIntake intake, CatalogManagement catalog, AccountManagement accounts) {
		this.intake = intake;
		this.catalog = catalog;
		this.accounts = accounts;
	}

	@GetMapping(path = "/desk/dossiers/new", params = "!procedure")
	String chooseProcedure(@RequestParam(required = false) @Nullable String q, Model model) {
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("result", catalog.procedures(q, null, 0, 20));
		return "dossier/desk-choose";
	}

	/** The form; with {@code account} (an ID number or tax code), prefilled from that applicant's account. */
	@GetMapping(path = "/desk/dossiers/new", params = "procedure")
	String form(@RequestParam String procedure, @RequestParam(required = false) @Nullable String account, Model model) {
		CounterForm form = new CounterForm();
		form.setSubmissionKey(UUID.randomUUID().toString());
		form.setProcedure(procedure);
		if (account != null && !account.isBlank()) {
			accounts.findByUsername(account.trim()).filter(found -> found.kind().isApplicant()).ifPresentOrElse(found -> {
				form.setKind(ApplicantKind.valueOf(found.kind().name()));
				form.setName(found.displayName());
				form.setIdNumber(String.valueOf(found.idNumber()));
				form.setPhone(String.valueOf(found.phone()));
				form.setEmail(found.email() == null ? "" : found.email());
			}, () -> model.addAttribute("accountNotFound", account.trim()));
		}
		return show(form, model);
	}

	@PostMapping(path = "/desk/dossiers", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String register(@Valid @ModelAttribute("form") CounterForm form, BindingResult errors,
			MultipartHttpServletRequest request, Model model) {
		if (errors.hasErrors()) {
			return show(form, model);
		}
		try {
			Dossier dossier = intake.registerAtDesk(registration(form, request.getFileMap()));
			return "redirect:/desk/dossiers/" + dossier.code();
		}
		catch (InvalidRequestException refused) {
			errors.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
			return show(form, model);
		}
	}

	private String show(CounterForm form, Model model) {
		ProcedureVersion version = catalog.currentVersion(form.getProcedure());
		while (form.getDocuments().size() < version.content().documents().size()) {
			form.getDocuments().add(new CounterForm.PaperCount());
		}
		model.addAttribute("form", form);
		model.addAttribute("version", version);
		model.addAttribute("channels", List.of(Channel.COUNTER, Channel.POST));
		model.addAttribute("kinds", ApplicantKind.values());
		model.addAttribute("deliveries", ResultDelivery.values());
		return "dossier/desk-register";
	}

	private static CounterRegistration registration(CounterForm form, Map<String, MultipartFile> files) {
		Map<Integer, UploadedFile> scans = new HashMap<>();
		UploadedParts.of(files, Set.of()).forEach(scan -> scans.put(scan.requiredDocumentIndex(), scan));
		List<PaperDocument> papers = new ArrayList<>();
		for (int index = 0; index < form.getDocuments().size(); index++) {
			CounterForm.PaperCount count = form.getDocuments().get(index);
			papers.add(new PaperDocument(index, count.getOriginals(), count.getCertifiedCopies(), count.getPhotocopies(),
					scans.get(index)));
		}
		Applicant applicant = new Applicant(form.getKind(), form.getName().trim(), form.getIdNumber().trim(),
				form.getAddress().trim(), form.getPhone().trim(), form.getEmail().isBlank() ? null : form.getEmail().trim());
		return new CounterRegistration(form.getProcedure(), form.getChannel(), applicant, form.getSets(), papers,
				form.getDelivery(), form.getDeliveryAddress().isBlank() ? null : form.getDeliveryAddress().trim(),
				form.getSubmissionKey());
	}
}
