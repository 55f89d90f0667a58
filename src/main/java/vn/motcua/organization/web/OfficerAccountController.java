package vn.motcua.organization.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.identity.Account;
import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.PasswordPolicy;
import vn.motcua.organization.Officer;
import vn.motcua.shared.InvalidRequestException;

/** Administrators unlock, disable or enable an officer's account, or give it a new password. */
@Controller
@RequestMapping("/admin/agencies/{agencyId}/officers/{officerId}")
class OfficerAccountController {

	/** A flash attribute: the message key of an action that was refused. */
	static final String ALERT = "alert";

	/** A flash attribute: how many dossier steps assigned to a disabled account went back to their units. */
	static final String HANDED_BACK = "handedBack";

	private final AccountManagement accounts;
	private final OfficerPages pages;
	private final PasswordPolicy passwordPolicy;

	OfficerAccountController(AccountManagement accounts, OfficerPages pages, PasswordPolicy passwordPolicy) {
		this.accounts = accounts;
		this.pages = pages;
		this.passwordPolicy = passwordPolicy;
	}

	@PostMapping("/unlock")
	String unlock(@PathVariable UUID agencyId, @PathVariable UUID officerId, RedirectAttributes redirect) {
		accounts.unlock(pages.officerOf(agencyId, officerId).accountId());
		return done(agencyId, officerId, "organization.notice.account-unlocked", redirect);
	}

	@PostMapping("/disable")
	String disable(@PathVariable UUID agencyId, @PathVariable UUID officerId, RedirectAttributes redirect) {
		UUID accountId = pages.officerOf(agencyId, officerId).accountId();
		try {
			redirect.addFlashAttribute(HANDED_BACK, accounts.disable(accountId));
		}
		catch (InvalidRequestException refusal) {
			redirect.addFlashAttribute(ALERT, refusal.messageKey());
			return "redirect:/admin/agencies/" + agencyId + "/officers/" + officerId;
		}
		return done(agencyId, officerId, "organization.notice.account-disabled", redirect);
	}

	@PostMapping("/enable")
	String enable(@PathVariable UUID agencyId, @PathVariable UUID officerId, RedirectAttributes redirect) {
		accounts.enable(pages.officerOf(agencyId, officerId).accountId());
		return done(agencyId, officerId, "organization.notice.account-enabled", redirect);
	}

	@PostMapping("/password")
	String resetPassword(@PathVariable UUID agencyId, @PathVariable UUID officerId,
			@Valid @ModelAttribute("passwordForm") PasswordResetForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Officer officer = pages.officerOf(agencyId, officerId);
		Account account = pages.accountOf(officer);
		String phone = account.phone() == null ? "" : account.phone();
		passwordPolicy.violation(form.getNewPassword(), account.username(), phone)
			.ifPresent(key -> errors.rejectValue("newPassword", key));
		if (errors.hasErrors()) {
			return pages.edit(officer, OfficerForm.of(officer, account), form, model);
		}
		try {
			accounts.resetPassword(account.id(), form.getNewPassword());
		}
		catch (InvalidRequestException refusal) {
			// a rule the service holds: not their own account, which they change with its current password (the page links there)
			redirect.addFlashAttribute(ALERT, refusal.messageKey());
			return "redirect:/admin/agencies/" + agencyId + "/officers/" + officerId;
		}
		redirect.addFlashAttribute(OfficerPages.TEMPORARY_PASSWORD_GIVEN, true);
		return done(agencyId, officerId, "organization.notice.password-reset", redirect);
	}

	private static String done(UUID agencyId, UUID officerId, String notice, RedirectAttributes redirect) {
		redirect.addFlashAttribute(AgencyAdminController.NOTICE, notice);
		return "redirect:/admin/agencies/" + agencyId + "/officers/" + officerId;
	}
}
