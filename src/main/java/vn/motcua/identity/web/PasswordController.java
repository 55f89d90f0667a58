package vn.motcua.identity.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.AccountManagement.PasswordChange;
import vn.motcua.identity.PasswordPolicy;
import vn.motcua.identity.SignedInAccounts;
import vn.motcua.identity.TemporaryPassword;
import vn.motcua.shared.InvalidFieldException;

/**
 * Anyone signed in, applicant or officer, changes their own password; a holder whose password someone else
 * chose is sent here, and reaches nothing else, until they have chosen their own (decision 0044).
 */
@Controller
@RequestMapping(PasswordController.PAGE)
class PasswordController {

	static final String PAGE = "/account/password";

	private final AccountManagement accounts;
	private final PasswordPolicy passwordPolicy;
	private final SignedInAccounts signedIn;

	PasswordController(AccountManagement accounts, PasswordPolicy passwordPolicy, SignedInAccounts signedIn) {
		this.accounts = accounts;
		this.passwordPolicy = passwordPolicy;
		this.signedIn = signedIn;
	}

	@ModelAttribute("minPasswordLength")
	int minPasswordLength() {
		return passwordPolicy.minLength();
	}

	/**
	 * The holder's password as a temporary one, if someone else chose it: they must choose their own before
	 * anything else, and the page says until when the temporary one works (none when they chose theirs).
	 */
	@ModelAttribute("temporaryPassword")
	@Nullable TemporaryPassword temporaryPassword() {
		return accounts.ownTemporaryPassword();
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("form", new PasswordForm());
		return "identity/password";
	}

	@PostMapping
	String change(@Valid @ModelAttribute("form") PasswordForm form, BindingResult errors, HttpServletRequest request,
			HttpServletResponse response) throws ServletException {
		if (errors.hasErrors()) {
			return "identity/password";
		}
		PasswordChange change;
		try {
			change = accounts.changeOwnPassword(form.getCurrentPassword(), form.getNewPassword());
		}
		catch (InvalidFieldException e) {
			errors.rejectValue(e.field(), e.messageKey());
			return "identity/password";
		}
		switch (change) {
			case CHANGED -> {
				// a new session id, as at sign-in: whoever had learnt the old one does not keep the account;
				// this session goes on as the account now is, every other one is signed out
				request.changeSessionId();
				signedIn.renew(request, response);
				return "redirect:" + PAGE + "?changed";
			}
			case WRONG_CURRENT_PASSWORD -> {
				errors.rejectValue("currentPassword", "identity.password.current.wrong");
				return "identity/password";
			}
			default -> {
				// the wrong passwords locked the account: whoever sits at this session is signed out with it
				request.logout();
				request.getSession().invalidate();
				return "redirect:/login?error=locked";
			}
		}
	}
}
