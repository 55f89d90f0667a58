package vn.motcua.dossier.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierListItem;
import vn.motcua.dossier.PaperDocument;
import vn.motcua.dossier.ReceiptDecisions;
import vn.motcua.dossier.UploadedFile;
import vn.motcua.dossier.DossierSlips;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.ListPage;
import vn.motcua.shared.PageLinks;
import vn.motcua.shared.QueueCursor;

/** The one-stop desk: dossiers waiting for a decision, and the decision on each. */
@Controller
@RequestMapping("/desk/dossiers")
class DeskController {

	private final ReceiptDecisions decisions;
	private final DossierDocumentFiles documents;
	private final DossierSlips slips;
	private final HistoryActors actors;

	DeskController(ReceiptDecisions decisions, DossierDocumentFiles documents, DossierSlips slips,
			HistoryActors actors) {
		this.actors = actors;
		this.decisions = decisions;
		this.documents = documents;
		this.slips = slips;
	}

	/**
	 * A page of the dossiers waiting for a decision, oldest first, optionally searched by code or
	 * applicant (the applicant at the counter gives either); the count covers every dossier waiting.
	 */
	@GetMapping
	String waiting(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String after, Model model) {
		ListPage<DossierListItem> queue = decisions.waiting(q, QueueCursor.parse(after),
				ListPage.DEFAULT_SIZE);
		model.addAttribute("queue", queue);
		model.addAttribute("q", q == null ? "" : q.strip());
		PageLinks.addTo(model, queue.next(), after);
		return "dossier/desk-queue";
	}

	@GetMapping("/{code}")
	String dossier(@PathVariable String code, Model model) {
		Dossier dossier = decisions.dossier(code);
		model.addAttribute("dossier", dossier);
		model.addAttribute("actorNames", actors.names(dossier));
		model.addAttribute("requiredDocuments", decisions.requiredDocuments(code));
		return "dossier/desk-dossier";
	}

	@GetMapping("/{code}/documents/{position}")
	ResponseEntity<byte[]> document(@PathVariable String code, @PathVariable int position) {
		return documents.download(decisions.dossier(code), position);
	}

	@GetMapping("/{code}/slips/{kind}")
	ResponseEntity<byte[]> slip(@PathVariable String code, @PathVariable String kind) {
		return SlipKind.of(kind).render(slips, decisions.dossier(code));
	}

	@PostMapping("/{code}/acceptance")
	String accept(@PathVariable String code, RedirectAttributes redirect) {
		decisions.accept(code);
		redirect.addFlashAttribute("decided", "accepted");
		return "redirect:/desk/dossiers/" + code;
	}

	@PostMapping("/{code}/completion-request")
	String requestCompletion(@PathVariable String code, @RequestParam String missingItems, Model model,
			RedirectAttributes redirect) {
		List<String> items = MissingItems.fromLines(missingItems);
		if (items.isEmpty()) {
			return refused(code, "dossier.desk.missing.required", model);
		}
		decisions.requestCompletion(code, items);
		redirect.addFlashAttribute("decided", "completion-requested");
		return "redirect:/desk/dossiers/" + code;
	}

	/** Papers brought in answer to a request to supplement: counts {@code originals-N} etc. and scans {@code document-N}. */
	@PostMapping(path = "/{code}/supplement", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String recordSupplement(@PathVariable String code, MultipartHttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		int documents = decisions.requiredDocuments(code).size();
		try {
			Map<Integer, UploadedFile> scans = UploadedParts.of(request.getFileMap(), Set.of()).stream()
				.collect(Collectors.toMap(UploadedFile::requiredDocumentIndex, Function.identity()));
			decisions.recordSupplement(code, IntStream.range(0, documents)
				.mapToObj(index -> new PaperDocument(index, count(request, "originals-", index),
						count(request, "certifiedCopies-", index), count(request, "photocopies-", index),
						scans.get(index)))
				.toList());
		}
		catch (InvalidRequestException e) {
			model.addAttribute("error", e.messageKey());
			model.addAttribute("errorArguments", e.arguments());
			return dossier(code, model);
		}
		redirect.addFlashAttribute("decided", "supplemented");
		return "redirect:/desk/dossiers/" + code;
	}

	private static int count(MultipartHttpServletRequest request, String prefix, int index) {
		String value = request.getParameter(prefix + index);
		if (value == null || value.isBlank()) {
			return 0;
		}
		try {
			return Integer.parseInt(value.trim());
		}
		catch (NumberFormatException e) {
			throw new InvalidRequestException("dossier.counter.count.negative");
		}
	}

	@PostMapping("/{code}/refusal")
	String refuse(@PathVariable String code, @RequestParam String reason, Model model, RedirectAttributes redirect) {
		if (reason.isBlank()) {
			return refused(code, "dossier.desk.reason.required", model);
		}
		decisions.refuse(code, reason);
		redirect.addFlashAttribute("decided", "refused");
		return "redirect:/desk/dossiers/" + code;
	}

	private String refused(String code, String messageKey, Model model) {
		model.addAttribute("error", messageKey);
		return dossier(code, model);
	}
}
