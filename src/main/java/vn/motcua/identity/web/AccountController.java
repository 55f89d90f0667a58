package vn.motcua.identity.web;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import vn.motcua.identity.Account;
import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.CurrentUser;
import vn.motcua.shared.InvalidFieldException;

/** An applicant's own account settings. */
@Controller
@RequestMapping("/account")
class AccountController {

	private final AccountManagement accounts;

	AccountController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	String show(Model model) {
		Account account = current();
		model.addAttribute("account", account);
		model.addAttribute("form", new ContactForm(String.valueOf(account.phone()), String.valueOf(account.email())));
		return "identity/account";
	}

	@PostMapping
	String update(@Valid @ModelAttribute("form") ContactForm form, BindingResult errors, Model model) {
		Account account = current();
		if (!errors.hasErrors()) {
			try {
				accounts.updateApplicantContact(account.id(), form.phone().trim(), form.email().trim());
				return "redirect:/account?saved";
			}
			catch (InvalidFieldException e) {
				errors.rejectValue(e.field(), e.messageKey());
			}
		}
		model.addAttribute("account", account);
		return "identity/account";
	}

	private Account current() {
		CurrentUser user = accounts.currentUser().orElseThrow();
		return accounts.findById(user.accountId()).orElseThrow();
	}
}
