package vn.motcua.petition.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.motcua.identity.AccountManagement;
import vn.motcua.petition.PetitionManagement;
import vn.motcua.petition.PetitionSummary;
import vn.motcua.shared.ListPage;
import vn.motcua.shared.PageLinks;
import vn.motcua.shared.QueueCursor;

/** "Đơn của tôi": the signed-in petitioner's own petitions; another's is never found. */
@Controller
class MyPetitionsController {

	private final PetitionManagement petitions;
	private final AccountManagement accounts;

	MyPetitionsController(PetitionManagement petitions, AccountManagement accounts) {
		this.petitions = petitions;
		this.accounts = accounts;
	}

	/** A page of the petitioner's petitions, the newest first. */
	@GetMapping("/my/petitions")
	String list(@RequestParam(required = false) @Nullable String after, Model model) {
		ListPage<PetitionSummary> page = petitions.petitionsOf(account(),
				QueueCursor.parse(after), ListPage.DEFAULT_SIZE);
		model.addAttribute("page", page);
		PageLinks.addTo(model, page.next(), after);
		return "petition/my-petitions";
	}

	@GetMapping("/my/petitions/{code}")
	String show(@PathVariable String code, Model model) {
		model.addAttribute("p", petitions.petitionOf(account(), code));
		return "petition/my-petition";
	}

	@PostMapping("/my/petitions/{code}/dissatisfaction")
	String dissatisfied(@PathVariable String code) {
		petitions.dissatisfied(account(), code);
		return "redirect:/my/petitions/" + code + "?noted";
	}

	private UUID account() {
		return accounts.currentUser().orElseThrow().accountId();
	}
}
