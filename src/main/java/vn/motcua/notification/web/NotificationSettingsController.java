package vn.motcua.notification.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import vn.motcua.identity.AccountManagement;
import vn.motcua.notification.NotificationManagement;
import vn.motcua.notification.NotificationPreferences;

/** An applicant chooses the channels (and the language) of the notices about their dossiers. */
@Controller
@RequestMapping("/my/notifications")
class NotificationSettingsController {

	private final NotificationManagement notifications;
	private final AccountManagement accounts;

	NotificationSettingsController(NotificationManagement notifications, AccountManagement accounts) {
		this.notifications = notifications;
		this.accounts = accounts;
	}

	/** An unchecked box is not sent at all: absent means off. */
	record SettingsForm(@Nullable Boolean email, @Nullable Boolean sms, @Nullable String language) {
	}

	@GetMapping
	String show(Model model) {
		UUID accountId = accountId();
		NotificationPreferences current = notifications.preferences(accountId);
		model.addAttribute("form", new SettingsForm(current.email(), current.sms(), current.language()));
		model.addAttribute("account", accounts.findById(accountId).orElseThrow());
		return "notification/settings";
	}

	@PostMapping
	String save(@ModelAttribute("form") SettingsForm form) {
		String language = "en".equals(form.language()) ? "en" : "vi";
		notifications.savePreferences(accountId(), new NotificationPreferences(Boolean.TRUE.equals(form.email()),
				Boolean.TRUE.equals(form.sms()), language));
		return "redirect:/my/notifications?saved";
	}

	private UUID accountId() {
		return accounts.currentUser().orElseThrow().accountId();
	}
}
