package vn.motcua.identity.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.motcua.identity.PasswordPolicy;
import vn.motcua.identity.PasswordResets;
import vn.motcua.shared.InvalidFieldException;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.RateLimits;
import vn.motcua.shared.TooManyRequestsException;

/**
 * A forgotten password: the visitor names their account and gets a link at its e-mail address and phone,
 * then chooses a new password on the page the link opens. Nobody learns from these pages whether an
 * account exists.
 */
@Controller
@RequestMapping(PasswordResetController.PAGE)
class PasswordResetController {

	static final String PAGE = "/password-reset";

	private final PasswordResets resets;
	private final PasswordPolicy passwordPolicy;
	private final RateLimits limits;

	PasswordResetController(PasswordResets resets, PasswordPolicy passwordPolicy, RateLimits limits) {
		this.resets = resets;
		this.passwordPolicy = passwordPolicy;
		this.limits = limits;
	}

	@ModelAttribute("minPasswordLength")
	int minPasswordLength() {
		return passwordPolicy.minLength();
	}

	@ModelAttribute("resetMinutes")
	long resetMinutes() {
		return resets.validFor().toMinutes();
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("form", new ResetRequestForm(""));
		return "identity/password-reset";
	}

	@PostMapping
	String request(@Valid @ModelAttribute("form") ResetRequestForm form, BindingResult errors, HttpServletRequest request) {
		if (errors.hasErrors()) {
			return "identity/password-reset";
		}
		// each request may send a message to somebody's phone: one client may not send many
		if (!limits.tryAcquire("password-reset", request.getRemoteAddr())) {
			throw new TooManyRequestsException();
		}
		resets.request(form.identifier());
		return "redirect:" + PAGE + "?sent";
	}

	@GetMapping("/new")
	String choose(@RequestParam UUID account, @RequestParam long expires, @RequestParam(required = false) @Nullable String key,
			Model model, HttpServletResponse response) {
		if (resets.opened(account, expires, key).isEmpty()) {
			return invalid(response);
		}
		model.addAttribute("form", new NewPasswordForm());
		return "identity/password-reset-new";
	}

	@PostMapping("/new")
	String reset(@RequestParam UUID account, @RequestParam long expires, @RequestParam(required = false) @Nullable String key,
			@Valid @ModelAttribute("form") NewPasswordForm form, BindingResult errors, HttpServletResponse response) {
		if (errors.hasErrors()) {
			return resets.opened(account, expires, key).isEmpty() ? invalid(response) : "identity/password-reset-new";
		}
		try {
			resets.reset(account, expires, key, form.getNewPassword());
			return "redirect:/login?reset";
		}
		catch (InvalidFieldException e) {
			errors.rejectValue(e.field(), e.messageKey());
			return "identity/password-reset-new";
		}
		catch (InvalidRequestException e) {
			return invalid(response);
		}
	}

	/** A link that is wrong, used or expired: gone, with the way to ask for a new one. */
	private static String invalid(HttpServletResponse response) {
		response.setStatus(HttpStatus.GONE.value());
		return "identity/password-reset-invalid";
	}
}
