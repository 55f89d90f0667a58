package vn.motcua.notification.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.notification.NotificationManagement;
import vn.motcua.notification.NotificationProperties;

/**
 * The SMS gateway's webhook for text messages sent to the agency's number (docs/sms-gateway.md).
 * The reply travels back in the response; the gateway sends it to the sender.
 */
@RestController
@Tag(name = "SMS")
class SmsInboundApi {

	static final String SECRET_HEADER = "X-MotCua-Webhook-Secret";

	private final NotificationManagement notifications;
	private final @Nullable String secret;

	SmsInboundApi(NotificationManagement notifications, NotificationProperties properties) {
		this.notifications = notifications;
		this.secret = properties.sms().inboundSecret();
	}

	record InboundSms(@NotBlank @Size(max = 20) String from, @NotBlank @Size(max = 480) String text) {
	}

	record Reply(String to, String text) {
	}

	@PostMapping("/api/v1/sms/inbound")
	@Operation(summary = "A text message received by the agency's number; TRACUU <code> is answered with the dossier's status")
	ResponseEntity<?> receive(@RequestHeader(name = SECRET_HEADER, required = false) @Nullable String given,
			@Valid @RequestBody InboundSms sms) {
		if (!authentic(given)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
					"Missing or wrong " + SECRET_HEADER);
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem);
		}
		return ResponseEntity.ok(new Reply(sms.from(), notifications.answerSms(sms.from(), sms.text())));
	}

	/** Constant-time comparison; without a configured secret nobody gets in. */
	private boolean authentic(@Nullable String given) {
		return secret != null && !secret.isBlank() && given != null && MessageDigest
			.isEqual(secret.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
	}
}
