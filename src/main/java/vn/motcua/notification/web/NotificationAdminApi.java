package vn.motcua.notification.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.notification.MessageStatus;
import vn.motcua.notification.NotificationManagement;

/** Administrators: the messages and their delivery statuses, and resending a failed one. */
@RestController
@Tag(name = "Notifications")
class NotificationAdminApi {

	private final NotificationManagement notifications;

	NotificationAdminApi(NotificationManagement notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/api/v1/admin/notifications/messages")
	@Operation(summary = "Messages, newest first, optionally of one status or about one dossier or petition (its code)")
	NotificationManagement.MessagePage messages(@RequestParam(required = false) @Nullable MessageStatus status,
			@RequestParam(required = false) @Nullable String code, @RequestParam(defaultValue = "0") int page) {
		return notifications.messages(status, code, Math.max(page, 0), MessageAdminController.PAGE_SIZE);
	}

	@PostMapping("/api/v1/admin/notifications/messages/{id}/resend")
	@Operation(summary = "Queue a failed message again (the same message: it is never sent twice)")
	ResponseEntity<Void> resend(@PathVariable UUID id) {
		notifications.resend(id);
		return ResponseEntity.accepted().build();
	}
}
