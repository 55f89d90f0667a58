package vn.motcua.consultation.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.motcua.consultation.Consultation;
import vn.motcua.consultation.ConsultationManagement;
import vn.motcua.consultation.ConsultationStatus;
import vn.motcua.consultation.DraftFile;
import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.CurrentUser;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.NotFoundException;

/**
 * Removing a draft file while the draft is in preparation: a page asks to confirm (a plain link and
 * a form, so it works without script), and the confirmed form removes it. Once the draft is opened
 * the files are public and stay, and both answer with the rule's refusal.
 */
@Controller
class DraftFileRemovalController {

	private final ConsultationManagement consultations;
	private final AccountManagement accounts;

	DraftFileRemovalController(ConsultationManagement consultations, AccountManagement accounts) {
		this.consultations = consultations;
		this.accounts = accounts;
	}

	@GetMapping("/work/consultations/{id}/files/{index}/removal")
	String confirm(@PathVariable UUID id, @PathVariable int index, Model model) {
		Consultation consultation = consultations.forOfficer(id, user());
		if (consultation.status() != ConsultationStatus.PREPARING) {
			throw new InvalidRequestException("consultation.status.not-preparing");
		}
		if (index < 0 || index >= consultation.draftFiles().size()) {
			throw new NotFoundException("consultation.draft-file.unknown");
		}
		DraftFile file = consultation.draftFiles().get(index);
		model.addAttribute("consultation", consultation);
		model.addAttribute("index", index);
		model.addAttribute("file", file);
		return "consultation/draft-file-removal";
	}

	@PostMapping("/work/consultations/{id}/files/{index}/removal")
	String remove(@PathVariable UUID id, @PathVariable int index,
			@RequestParam(required = false) @Nullable String attachment) {
		consultations.removeDraftFile(id, index, attachment == null ? "" : attachment, user());
		return "redirect:/work/consultations/" + id + "/edit?done=file-removed";
	}

	private CurrentUser user() {
		return accounts.currentUser().orElseThrow();
	}
}
