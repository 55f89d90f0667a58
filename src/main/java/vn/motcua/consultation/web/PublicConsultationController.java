package vn.motcua.consultation.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.motcua.consultation.Consultation;
import vn.motcua.consultation.ConsultationComment;
import vn.motcua.consultation.ConsultationCommentIntake;
import vn.motcua.consultation.ConsultationLists;
import vn.motcua.consultation.ConsultationManagement;
import vn.motcua.consultation.ConsultationSummary;
import vn.motcua.consultation.ConsultationSynthesis;
import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.CurrentUser;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.ListPage;
import vn.motcua.shared.PageLinks;
import vn.motcua.shared.QueueCursor;
import vn.motcua.shared.RateLimits;
import vn.motcua.shared.TooManyRequestsException;

/**
 * The public pages of drafts put out for comment: the list, and one draft with its files, its
 * period, the comment form (no sign-in needed for a public one) and, once published, its synthesis.
 */
@Controller
class PublicConsultationController {

	private final ConsultationManagement consultations;
	private final ConsultationCommentIntake intake;
	private final ConsultationLists lists;
	private final ConsultationSynthesis synthesis;
	private final AccountManagement accounts;
	private final RateLimits limits;
	private final Clock clock;

	PublicConsultationController(ConsultationManagement consultations, ConsultationCommentIntake intake,
			ConsultationLists lists, ConsultationSynthesis synthesis, AccountManagement accounts, RateLimits limits,
			Clock clock) {
		this.consultations = consultations;
		this.intake = intake;
		this.lists = lists;
		this.synthesis = synthesis;
		this.accounts = accounts;
		this.limits = limits;
		this.clock = clock;
	}

	@GetMapping("/consultations")
	String list(@RequestParam(required = false) @Nullable String after, Model model) {
		ListPage<ConsultationSummary> page = lists.published(QueueCursor.parse(after), ListPage.DEFAULT_SIZE);
		model.addAttribute("consultations", page);
		model.addAttribute("now", clock.instant());
		PageLinks.addTo(model, page.next(), after);
		return "consultation/consultations";
	}

	@GetMapping("/consultations/{id}")
	String show(@PathVariable UUID id, @RequestParam(required = false) @Nullable String commented, Locale locale,
			Model model) {
		CurrentUser user = accounts.currentUser().orElse(null);
		Consultation consultation = consultations.forReader(id, user);
		model.addAttribute("consultationCommentForm", prefilled(user));
		model.addAttribute("commented", commented);
		return page(consultation, locale, model);
	}

	/** Sends a comment; on an error the page comes back with what was typed and the error at its field. */
	@PostMapping("/consultations/{id}/comments")
	String comment(@PathVariable UUID id, @ModelAttribute ConsultationCommentForm consultationCommentForm,
			BindingResult binding, Locale locale, Model model, HttpServletRequest request) {
		CurrentUser user = accounts.currentUser().orElse(null);
		if (user == null && !limits.tryAcquire("consultation-comment", request.getRemoteAddr())) {
			throw new TooManyRequestsException();
		}
		Consultation consultation = consultations.forReader(id, user);
		if (binding.hasErrors()) {
			return page(consultation, locale, model);
		}
		try {
			ConsultationComment comment = intake.comment(id, consultationCommentForm.submission(
					user == null ? null : user.accountId()), user, consultationCommentForm.getSubmissionKey());
			return "redirect:/consultations/" + id + "?commented=" + comment.code();
		}
		catch (InvalidRequestException refused) {
			FieldErrors.show(refused, binding, model);
			return page(consultation, locale, model);
		}
	}

	@GetMapping("/consultations/{id}/files/{index}")
	ResponseEntity<byte[]> draftFile(@PathVariable UUID id, @PathVariable int index) {
		Consultation consultation = consultations.forReader(id, accounts.currentUser().orElse(null));
		return DraftDownloads.download(consultations, consultation, index);
	}

	private String page(Consultation consultation, Locale locale, Model model) {
		Instant now = clock.instant();
		model.addAttribute("consultation", consultation);
		model.addAttribute("daysLeft", consultation.period().daysLeftAt(now));
		model.addAttribute("takesComments", consultation.takesCommentsAt(now));
		model.addAttribute("refusal", ConsultationCommentIntake.refusal(consultation, now));
		model.addAttribute("commentCount", synthesis.count(consultation));
		model.addAttribute("synthesis", synthesis.of(consultation, locale).orElse(null));
		return "consultation/consultation";
	}

	/** A signed-in citizen's name and contact, so that they need not type them. */
	private ConsultationCommentForm prefilled(@Nullable CurrentUser user) {
		ConsultationCommentForm form = new ConsultationCommentForm().withNewSubmissionKey();
		if (user != null) {
			form.setName(user.displayName());
			accounts.contactOf(user.accountId())
				.map(contact -> contact.email() != null ? contact.email() : contact.phone())
				.ifPresent(form::setContact);
		}
		return form;
	}
}
