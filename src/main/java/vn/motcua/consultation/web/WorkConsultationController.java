package vn.motcua.consultation.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.consultation.CommentDecision;
import vn.motcua.consultation.Consultation;
import vn.motcua.consultation.ConsultationAudience;
import vn.motcua.consultation.ConsultationLists;
import vn.motcua.consultation.ConsultationManagement;
import vn.motcua.consultation.ConsultationManagement.UploadedDraft;
import vn.motcua.consultation.DraftContent;
import vn.motcua.consultation.DraftDocumentType;
import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.CurrentUser;
import vn.motcua.shared.ChosenFiles;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.ListPage;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.PageLinks;
import vn.motcua.shared.QueueCursor;
import vn.motcua.shared.RequiredFields;

/**
 * The officers' pages of drafts put out for comment: the agency's list, preparing and editing a
 * draft, opening and extending it, deciding on each comment and publishing the synthesis.
 */
@Controller
class WorkConsultationController {

	private final ConsultationManagement consultations;
	private final ConsultationLists lists;
	private final ConsultationWorkPage workPage;
	private final AccountManagement accounts;

	WorkConsultationController(ConsultationManagement consultations, ConsultationLists lists,
			ConsultationWorkPage workPage, AccountManagement accounts) {
		this.consultations = consultations;
		this.lists = lists;
		this.workPage = workPage;
		this.accounts = accounts;
	}

	@GetMapping("/work/consultations")
	String list(@RequestParam(required = false) @Nullable String after, Model model) {
		CurrentUser user = user();
		ListPage<?> page = lists.ofAgency(user, QueueCursor.parse(after), ListPage.DEFAULT_SIZE);
		model.addAttribute("consultations", page);
		model.addAttribute("mayPrepare", consultations.mayPrepare(user));
		PageLinks.addTo(model, page.next(), after);
		return "consultation/consultation-work-list";
	}

	@GetMapping("/work/consultations/new")
	String newDraft(Model model) {
		model.addAttribute("draftForm", new DraftForm());
		return form(null, model);
	}

	@PostMapping("/work/consultations")
	String prepare(@ModelAttribute DraftForm draftForm, BindingResult binding,
			@RequestParam(name = "draftFiles", required = false) @Nullable List<MultipartFile> files, Model model) {
		DraftContent content = content(draftForm, binding);
		if (content == null) {
			return formAgain(null, files, model);
		}
		try {
			Consultation consultation = consultations.prepare(content, uploaded(files), user());
			return "redirect:/work/consultations/" + consultation.id() + "?done=prepared";
		}
		catch (InvalidRequestException refused) {
			FieldErrors.show(refused, binding, model);
			return formAgain(null, files, model);
		}
	}

	@GetMapping("/work/consultations/{id}/edit")
	String edit(@PathVariable UUID id, @RequestParam(required = false) @Nullable String done, Model model) {
		Consultation consultation = consultations.forOfficer(id, user());
		model.addAttribute("draftForm", DraftForm.of(consultation));
		model.addAttribute("done", done);
		return form(consultation, model);
	}

	@PostMapping("/work/consultations/{id}")
	String save(@PathVariable UUID id, @ModelAttribute DraftForm draftForm, BindingResult binding,
			@RequestParam(name = "draftFiles", required = false) @Nullable List<MultipartFile> files, Model model) {
		DraftContent content = content(draftForm, binding);
		if (content == null) {
			return formAgain(consultations.forOfficer(id, user()), files, model);
		}
		try {
			consultations.edit(id, content, uploaded(files), user());
			return "redirect:/work/consultations/" + id + "?done=edited";
		}
		catch (InvalidRequestException refused) {
			FieldErrors.show(refused, binding, model);
			return formAgain(consultations.forOfficer(id, user()), files, model);
		}
	}

	@GetMapping("/work/consultations/{id}")
	String show(@PathVariable UUID id, @RequestParam(required = false) @Nullable String done, Model model) {
		model.addAttribute("done", done);
		return workPage.show(consultations.forOfficer(id, user()), user(), model);
	}

	@PostMapping("/work/consultations/{id}/open")
	String open(@PathVariable UUID id, RedirectAttributes redirect) {
		return act(id, "opened", redirect, () -> consultations.open(id, user()));
	}

	@PostMapping("/work/consultations/{id}/extension")
	String extend(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate closesOn,
			RedirectAttributes redirect) {
		return act(id, "extended", redirect, () -> {
			if (closesOn == null) {
				throw new InvalidRequestException("consultation.extend.not-later");
			}
			consultations.extend(id, closesOn, user());
		});
	}

	@PostMapping("/work/consultations/{id}/synthesis")
	String publish(@PathVariable UUID id, RedirectAttributes redirect) {
		return act(id, "synthesis-published", redirect, () -> consultations.publishSynthesis(id, user()));
	}

	@PostMapping("/work/consultations/{id}/comments/{code}/decision")
	String decide(@PathVariable UUID id, @PathVariable String code,
			@RequestParam(required = false) @Nullable CommentDecision decision,
			@RequestParam(required = false) @Nullable String explanation, RedirectAttributes redirect) {
		return act(id, "decided", redirect, () -> {
			if (decision == null) {
				throw new InvalidRequestException("consultation.decision.missing");
			}
			consultations.decide(id, code, decision, explanation, user());
		});
	}

	@GetMapping("/work/consultations/{id}/files/{index}")
	ResponseEntity<byte[]> draftFile(@PathVariable UUID id, @PathVariable int index) {
		return DraftDownloads.download(consultations, consultations.forOfficer(id, user()), index);
	}

	/**
	 * Does the action; a rule's refusal comes back on the consultation's page, at its top. A
	 * consultation unknown to the officer (another agency's) stays not found, as on its page.
	 */
	private String act(UUID id, String done, RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
			redirect.addAttribute("done", done);
		}
		catch (NotFoundException unknown) {
			throw unknown;
		}
		catch (InvalidRequestException refused) {
			redirect.addFlashAttribute("error", refused);
		}
		return "redirect:/work/consultations/" + id;
	}

	/**
	 * The refused form again. A browser never fills a file input from the page, so files chosen with a
	 * refused form are gone (none is saved): the page asks for them again at their field.
	 */
	private String formAgain(@Nullable Consultation consultation, @Nullable List<MultipartFile> files, Model model) {
		model.addAttribute("draftFilesAgain", files != null && files.stream().anyMatch(file -> !file.isEmpty()));
		return form(consultation, model);
	}

	private String form(@Nullable Consultation consultation, Model model) {
		model.addAttribute("consultation", consultation);
		model.addAttribute("documentTypes", DraftDocumentType.values());
		model.addAttribute("audiences", ConsultationAudience.values());
		return "consultation/draft-form";
	}

	private static @Nullable DraftContent content(DraftForm form, BindingResult binding) {
		RequiredFields.require(binding, "opensOn", form.getOpensOn(), "consultation.field.required");
		RequiredFields.require(binding, "closesOn", form.getClosesOn(), "consultation.field.required");
		return binding.hasErrors() ? null : form.content();
	}

	private static List<UploadedDraft> uploaded(@Nullable List<MultipartFile> files) {
		return ChosenFiles.read(files, UploadedDraft::new);
	}

	private CurrentUser user() {
		return accounts.currentUser().orElseThrow();
	}
}
