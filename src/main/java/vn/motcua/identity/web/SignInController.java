package vn.motcua.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.motcua.identity.AccountManagement;

/** The sign-in page; the form posts to Spring Security's own filter. */
@Controller
class SignInController {

	private final AccountManagement accounts;

	SignInController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/login")
	String signIn(Model model) {
		model.addAttribute("lockMinutes", accounts.lockMinutes());
		return "identity/login";
	}
}
