package vn.motcua.identity.web;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import vn.motcua.identity.AccountKind;
import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.PasswordPolicy;
import vn.motcua.shared.InvalidFieldException;

/** Citizens, organisations and businesses open their own accounts. */
@Controller
@RequestMapping("/register")
class RegistrationController {

	private final AccountManagement accounts;
	private final PasswordPolicy passwordPolicy;

	RegistrationController(AccountManagement accounts, PasswordPolicy passwordPolicy) {
		this.accounts = accounts;
		this.passwordPolicy = passwordPolicy;
	}

	@ModelAttribute("kinds")
	AccountKind[] kinds() {
		return new AccountKind[] { AccountKind.CITIZEN, AccountKind.BUSINESS, AccountKind.ORGANIZATION };
	}

	@ModelAttribute("minPasswordLength")
	int minPasswordLength() {
		return passwordPolicy.minLength();
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("form", new RegistrationForm());
		return "identity/register";
	}

	@PostMapping
	String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult errors) {
		passwordPolicy.violation(form.getPassword(), form.getIdNumber(), form.getPhone())
			.ifPresent(key -> errors.rejectValue("password", key));
		if (errors.hasErrors()) {
			return "identity/register";
		}
		try {
			accounts.register(form.toRegistration());
		}
		catch (InvalidFieldException e) {
			errors.rejectValue(e.field(), e.messageKey());
			return "identity/register";
		}
		return "redirect:/login?registered";
	}
}
