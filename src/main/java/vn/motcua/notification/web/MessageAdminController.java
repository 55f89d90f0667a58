package vn.motcua.notification.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.notification.MessageStatus;
import vn.motcua.notification.NotificationManagement;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.VietnamTime;

/** The administrators' list of messages with their statuses, and the resend button of a failed one. */
@Controller
@RequestMapping("/admin/notifications")
class MessageAdminController {

	static final int PAGE_SIZE = 50;

	private final NotificationManagement notifications;

	MessageAdminController(NotificationManagement notifications) {
		this.notifications = notifications;
	}

	@GetMapping
	String home() {
		return "redirect:/admin/notifications/messages";
	}

	@GetMapping("/messages")
	String messages(@RequestParam(required = false) @Nullable MessageStatus status,
			@RequestParam(required = false) @Nullable String code, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("result", notifications.messages(status, code, Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("status", status);
		model.addAttribute("code", code);
		model.addAttribute("statuses", MessageStatus.values());
		model.addAttribute("zone", VietnamTime.ZONE);
		return "notification/messages";
	}

	/** Post, redirect, get: a reload does not queue it again (and queueing it again would be refused). */
	@PostMapping("/messages/{id}/resend")
	String resend(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			notifications.resend(id);
			redirect.addFlashAttribute("resent", id);
		}
		catch (InvalidRequestException e) {
			redirect.addFlashAttribute("notResent", id);
		}
		return "redirect:/admin/notifications/messages";
	}
}
