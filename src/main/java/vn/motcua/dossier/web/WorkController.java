package vn.motcua.dossier.web;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.dossier.DossierProcessing;
import vn.motcua.dossier.QueueCounts;
import vn.motcua.dossier.QueueFilter;
import vn.motcua.dossier.QueueItem;
import vn.motcua.dossier.QueueScope;
import vn.motcua.dossier.QueueSlice;
import vn.motcua.dossier.WorkQueues;
import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.Role;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.PageLinks;
import vn.motcua.shared.QueueCursor;

/** An officer's work: the queue of dossiers at their steps, and moving one forward or back. */
@Controller
class WorkController {

	private final DossierProcessing processing;
	private final vn.motcua.dossier.DossierResults results;
	private final WorkQueues queues;
	private final AccountManagement accounts;
	private final WorkDossierPage page;

	WorkController(DossierProcessing processing, vn.motcua.dossier.DossierResults results, WorkQueues queues,
			AccountManagement accounts, WorkDossierPage page) {
		this.page = page;
		this.processing = processing;
		this.results = results;
		this.queues = queues;
		this.accounts = accounts;
	}

	/**
	 * A page of the officer's queue, or with {@code scope=unit} of the unit head's view of the unit;
	 * the counts of due-soon and overdue dossiers warn before the list, whatever the filter and the
	 * page show.
	 */
	@GetMapping("/work/queue")
	String queue(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) QueueItem.@Nullable Urgency urgency,
			@RequestParam(defaultValue = "mine") String scope, @RequestParam(required = false) @Nullable String after,
			Model model) {
		QueueScope which = QueueScope.named(scope);
		QueueFilter filter = new QueueFilter(q, urgency);
		QueueSlice page = queues.page(which, filter, QueueCursor.parse(after),
				WorkQueues.DEFAULT_PAGE_SIZE);
		QueueCounts counts = queues.counts(which);
		model.addAttribute("items", page.items());
		PageLinks.addTo(model, page.next(), after);
		model.addAttribute("total", counts.total());
		model.addAttribute("overdue", counts.overdue());
		model.addAttribute("dueSoon", counts.dueSoon());
		model.addAttribute("filter", filter);
		model.addAttribute("scope", which.parameter());
		model.addAttribute("unitHead", accounts.currentUser().filter(user -> user.hasRole(Role.UNIT_HEAD)).isPresent());
		return "dossier/work-queue";
	}

	@GetMapping("/work/dossiers/{code}")
	String dossier(@PathVariable String code, Model model) {
		return page.show(code, model);
	}

	/** The flash attribute reaches the queue only on the redirect; a refusal shows the dossier's page. */
	@PostMapping("/work/dossiers/{code}/forward")
	String forward(@PathVariable String code, @RequestParam(required = false) @Nullable String comment,
			@RequestParam(required = false) @Nullable String assignee, Model model, RedirectAttributes redirect) {
		redirect.addFlashAttribute("moved", code);
		return page.act(code, "forward", model, () -> processing.forward(code, comment, assignee), "/work/queue");
	}

	@PostMapping(path = "/work/dossiers/{code}/result", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String attachResult(@PathVariable String code,
			@RequestParam("file") org.springframework.web.multipart.MultipartFile file, Model model) {
		return page.act(code, "result", model,
				() -> results.attachDraft(code, String.valueOf(file.getOriginalFilename()), file.getBytes()),
				"/work/dossiers/" + code);
	}

	/** The draft result the holder attached, as the leader reads it before signing. */
	@GetMapping("/work/dossiers/{code}/result/draft")
	ResponseEntity<byte[]> draftResult(@PathVariable String code) {
		return PdfResponses.unstored(results.draftResult(code), "du-thao-ket-qua-" + code + ".pdf");
	}

	/** The signed result, as the desk prints it for the applicant or the post. */
	@GetMapping("/work/dossiers/{code}/result/signed")
	ResponseEntity<byte[]> signedResult(@PathVariable String code) {
		return PdfResponses.unstored(results.signedResult(code), "ket-qua-" + code + ".pdf");
	}

	@PostMapping("/work/dossiers/{code}/signature")
	String sign(@PathVariable String code, Model model) {
		return page.act(code, "signature", model, () -> results.sign(code), "/work/dossiers/" + code);
	}

	@PostMapping("/work/dossiers/{code}/return")
	String returnResult(@PathVariable String code, @RequestParam String detail, Model model) {
		return page.act(code, "return", model, () -> results.returnResult(code, detail), "/work/queue");
	}

	@PostMapping("/work/dossiers/{code}/send-back")
	String sendBack(@PathVariable String code, @RequestParam String backReason, Model model,
			RedirectAttributes redirect) {
		redirect.addFlashAttribute("moved", code);
		return page.act(code, "send-back", model, () -> {
			if (backReason.isBlank()) {
				throw new InvalidRequestException("dossier.work.comment.required");
			}
			return processing.sendBack(code, backReason);
		}, "/work/queue");
	}
}
