package vn.motcua.dossier.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;

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

import vn.motcua.catalog.CatalogManagement;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierDrafts;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.dossier.DossierListItem;
import vn.motcua.dossier.DossierManagement;
import vn.motcua.dossier.DossierProcessing;
import vn.motcua.dossier.DossierResults;
import vn.motcua.dossier.DossierSlips;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.identity.AccountManagement;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.ListPage;
import vn.motcua.shared.PageLinks;
import vn.motcua.shared.QueueCursor;
import vn.motcua.shared.VietnamTime;

/** "Hồ sơ của tôi": an applicant's own dossiers, each with its full history. */
@Controller
@RequestMapping("/my/dossiers")
class MyDossiersController {

	private final DossierManagement dossiers;
	private final AccountManagement accounts;
	private final DossierSlips slips;
	private final DossierDrafts drafts;
	private final DossierIntake intake;
	private final CatalogManagement catalog;
	private final DossierProcessing processing;
	private final DossierResults results;

	MyDossiersController(DossierManagement dossiers, AccountManagement accounts, DossierSlips slips,
			DossierDrafts drafts, DossierIntake intake, CatalogManagement catalog, DossierProcessing processing,
			DossierResults results) {
		this.dossiers = dossiers;
		this.accounts = accounts;
		this.slips = slips;
		this.drafts = drafts;
		this.intake = intake;
		this.catalog = catalog;
		this.processing = processing;
		this.results = results;
	}

	/** A page of the applicant's dossiers, the newest first; the drafts above the first page. */
	@GetMapping
	String list(@RequestParam(required = false) @Nullable String after, Model model) {
		ListPage<DossierListItem> page = dossiers.dossiersOf(currentAccount(),
				QueueCursor.parse(after), ListPage.DEFAULT_SIZE);
		model.addAttribute("page", page);
		PageLinks.addTo(model, page.next(), after);
		model.addAttribute("drafts", after == null ? drafts.drafts(currentAccount()) : List.of());
		model.addAttribute("zone", VietnamTime.ZONE);
		return "dossier/my-dossiers";
	}

	@GetMapping("/{code}")
	String show(@PathVariable String code, Model model) {
		Dossier dossier = dossiers.dossierOf(currentAccount(), code);
		model.addAttribute("dossier", dossier);
		if (dossier.status() == DossierStatus.SUPPLEMENT_REQUESTED) {
			model.addAttribute("requiredDocuments",
					catalog.version(dossier.procedure().versionId()).content().documents());
		}
		return "dossier/my-dossier";
	}

	@PostMapping(path = "/{code}/completion", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String complete(@PathVariable String code, MultipartHttpServletRequest request, Model model) {
		try {
			intake.completeOnline(currentAccount(), code, UploadedParts.of(request.getFileMap(), Set.of()));
			return "redirect:/my/dossiers/" + code + "?completed";
		}
		catch (InvalidRequestException refused) {
			model.addAttribute("error", refused);
			return show(code, model);
		}
	}

	@PostMapping("/{code}/withdrawal")
	String withdraw(@PathVariable String code, @RequestParam String reason,
			Model model) {
		if (reason.isBlank()) {
			model.addAttribute("withdrawalError", true);
			return show(code, model);
		}
		processing.withdraw(currentAccount(), code, reason);
		return "redirect:/my/dossiers/" + code + "?withdrawn";
	}

	@GetMapping("/{code}/result")
	ResponseEntity<byte[]> result(@PathVariable String code) {
		return PdfResponses.inline(results.signedResultOf(currentAccount(), code), "ket-qua-" + code + ".pdf");
	}

	@GetMapping("/{code}/slips/{kind}")
	ResponseEntity<byte[]> slip(@PathVariable String code, @PathVariable String kind) {
		return SlipKind.of(kind).render(slips, dossiers.dossierOf(currentAccount(), code));
	}

	private UUID currentAccount() {
		return accounts.currentUser().orElseThrow().accountId();
	}
}
