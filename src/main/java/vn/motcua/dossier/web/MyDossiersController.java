package vn.motcua.dossier.web;

import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import vn.motcua.dossier.DossierDrafts;
import vn.motcua.dossier.DossierManagement;
import vn.motcua.dossier.DossierSlips;
import vn.motcua.identity.AccountManagement;

/** "Hồ sơ của tôi": an applicant's own dossiers, each with its full history. */
@Controller
@RequestMapping("/my/dossiers")
class MyDossiersController {

	private final DossierManagement dossiers;
	private final AccountManagement accounts;
	private final DossierSlips slips;
	private final DossierDrafts drafts;

	MyDossiersController(DossierManagement dossiers, AccountManagement accounts, DossierSlips slips,
			DossierDrafts drafts) {
		this.dossiers = dossiers;
		this.accounts = accounts;
		this.slips = slips;
		this.drafts = drafts;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("dossiers", dossiers.dossiersOf(currentAccount()));
		model.addAttribute("drafts", drafts.drafts(currentAccount()));
		model.addAttribute("zone", vn.motcua.shared.VietnamTime.ZONE);
		return "dossier/my-dossiers";
	}

	@GetMapping("/{code}")
	String show(@PathVariable String code, Model model) {
		model.addAttribute("dossier", dossiers.dossierOf(currentAccount(), code));
		return "dossier/my-dossier";
	}

	@GetMapping("/{code}/slips/{kind}")
	ResponseEntity<byte[]> slip(@PathVariable String code, @PathVariable String kind) {
		return SlipKind.of(kind).render(slips, dossiers.dossierOf(currentAccount(), code));
	}

	private UUID currentAccount() {
		return accounts.currentUser().orElseThrow().accountId();
	}
}
