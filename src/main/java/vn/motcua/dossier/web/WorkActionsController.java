package vn.motcua.dossier.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.dossier.DossierProcessing;
import vn.motcua.dossier.DossierSlips;
import vn.motcua.dossier.StepAssignment;
import vn.motcua.shared.InvalidRequestException;

/**
 * The actions on a dossier besides moving it along its steps, as the officer holding it takes them
 * from its page: asking for more documents or for the fees, recording the payment, the apology with a
 * new date, refusing, stopping, handing it to a co-agency and (the co-agency) giving it back, and (the
 * head overseeing the step) giving the step to another officer; and the
 * dossier's files and slips as the officer reads and prints them. Each is the page's counterpart of
 * an action of {@code /api/v1/work/dossiers}.
 */
@Controller
@RequestMapping("/work/dossiers/{code}")
class WorkActionsController {

	private final DossierProcessing processing;
	private final WorkDossierPage page;
	private final DossierDocumentFiles documents;
	private final DossierSlips slips;
	private final StepAssignment assignment;

	WorkActionsController(DossierProcessing processing, WorkDossierPage page, DossierDocumentFiles documents,
			DossierSlips slips, StepAssignment assignment) {
		this.assignment = assignment;
		this.processing = processing;
		this.page = page;
		this.documents = documents;
		this.slips = slips;
	}

	@GetMapping("/documents/{position}")
	ResponseEntity<byte[]> document(@PathVariable String code, @PathVariable int position) {
		return documents.download(processing.inHand(code).dossier(), position);
	}

	@GetMapping("/slips/{kind}")
	ResponseEntity<byte[]> slip(@PathVariable String code, @PathVariable String kind) {
		return SlipKind.of(kind).render(slips, processing.inHand(code).dossier());
	}

	/** Mẫu 02 during processing: the dossier waits for the applicant, and its page offers the slip to print. */
	@PostMapping("/supplement-request")
	String requestSupplement(@PathVariable String code, @RequestParam String missingItems, Model model,
			RedirectAttributes redirect) {
		return stayOn(code, "supplement-request", model, redirect, () -> {
			List<String> items = MissingItems.fromLines(missingItems);
			if (items.isEmpty()) {
				throw new InvalidRequestException("dossier.desk.missing.required");
			}
			return processing.requestSupplement(code, items);
		});
	}

	@PostMapping("/payment-request")
	String requestPayment(@PathVariable String code, @RequestParam String paymentNote, Model model,
			RedirectAttributes redirect) {
		return stayOn(code, "payment-request", model, redirect, () -> processing.requestPayment(code, paymentNote));
	}

	@PostMapping("/payment")
	String recordPayment(@PathVariable String code, @RequestParam String receipt, Model model,
			RedirectAttributes redirect) {
		return stayOn(code, "payment", model, redirect, () -> processing.recordPayment(code, receipt));
	}

	/** Mẫu 04; the new date comes from the browser's date-and-time field ({@code 2026-12-01T08:00}). */
	@PostMapping("/apology")
	String apologize(@PathVariable String code, @RequestParam String apologyReason,
			@RequestParam String newAppointment, Model model, RedirectAttributes redirect) {
		return stayOn(code, "apology", model, redirect,
				() -> processing.apologize(code, apologyReason, appointment(newAppointment)));
	}

	private static LocalDateTime appointment(String typed) {
		try {
			return LocalDateTime.parse(typed.strip());
		}
		catch (DateTimeParseException e) {
			throw new InvalidRequestException("dossier.apology.date.unreadable");
		}
	}

	@PostMapping("/refusal")
	String refuse(@PathVariable String code, @RequestParam String refusalReason, Model model,
			RedirectAttributes redirect) {
		return leave(code, "refusal", model, redirect, () -> processing.refuse(code, refusalReason));
	}

	@PostMapping("/stop")
	String stop(@PathVariable String code, @RequestParam String stopReason, Model model,
			RedirectAttributes redirect) {
		return leave(code, "stop", model, redirect, () -> processing.stop(code, stopReason));
	}

	@PostMapping("/transfer")
	String handToAgency(@PathVariable String code, @RequestParam(defaultValue = "") String coAgency,
			@RequestParam String transferRequest, Model model, RedirectAttributes redirect) {
		return leave(code, "transfer", model, redirect, () -> {
			if (coAgency.isBlank()) {
				throw new InvalidRequestException("dossier.transfer.agency.required");
			}
			return processing.handToAgency(code, coAgency, transferRequest);
		});
	}

	@PostMapping("/transfer/return")
	String giveBack(@PathVariable String code, @RequestParam String opinion, Model model,
			RedirectAttributes redirect) {
		return leave(code, "transfer-return", model, redirect, () -> processing.giveBack(code, opinion));
	}

	/** The head overseeing the current step gives it to another officer, or (none chosen) to the whole unit. */
	@PostMapping("/assignment")
	String reassign(@PathVariable String code, @RequestParam(defaultValue = "") String holder, Model model,
			RedirectAttributes redirect) {
		return leave(code, "assignment", model, redirect, () -> assignment.reassign(code, holder));
	}

	/** An action after which the dossier stays with the officer: its page says what was done. */
	private String stayOn(String code, String action, Model model, RedirectAttributes redirect,
			WorkDossierPage.Action run) {
		redirect.addFlashAttribute("done", "dossier.work.done." + action);
		return page.act(code, action, model, run, "/work/dossiers/" + code);
	}

	/** An action after which the dossier leaves the officer's hands: the queue says what was done. */
	private String leave(String code, String action, Model model, RedirectAttributes redirect,
			WorkDossierPage.Action run) {
		redirect.addFlashAttribute("moved", code);
		redirect.addFlashAttribute("movedAs", "dossier.work.done." + action);
		return page.act(code, action, model, run, "/work/queue");
	}
}
