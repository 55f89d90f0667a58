package vn.motcua.dossier.web;

import java.time.LocalDateTime;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.dossier.DossierManagement;
import vn.motcua.dossier.DossierStatusView;
import vn.motcua.shared.NotFoundException;

/** Public status look-up by dossier code, without personal data, rate-limited per client. */
@RestController
@Tag(name = "Dossiers")
class DossierStatusApi {

	private final DossierManagement dossiers;
	private final StatusLookupLimit limit;
	private final MessageSource messages;

	DossierStatusApi(DossierManagement dossiers, StatusLookupLimit limit, MessageSource messages) {
		this.dossiers = dossiers;
		this.limit = limit;
		this.messages = messages;
	}

	record StatusResponse(String code, String procedureCode, String procedureName, String status, int nationalStatus,
			String statusLabel, LocalDateTime submittedAt, @Nullable LocalDateTime receivedAt,
			@Nullable LocalDateTime appointmentAt, @Nullable String refusalReason, @Nullable String stopReason) {
	}

	@GetMapping("/api/v1/dossiers/{code}/status")
	@Operation(summary = "Where a dossier stands (no personal data: ID numbers, phone numbers and e-mail addresses "
			+ "in the reasons are hidden); times are Vietnam's local time")
	StatusResponse status(@PathVariable String code, HttpServletRequest request) {
		limit.check(request);
		Locale locale = LocaleContextHolder.getLocale();
		DossierStatusView view = dossiers.status(code, locale)
			.orElseThrow(() -> new NotFoundException("dossier.code.unknown", code));
		return new StatusResponse(view.code(), view.procedureCode(), view.procedureName(), view.status().name(),
				view.status().nationalCode(), messages.getMessage("dossier.status." + view.status(), null, locale),
				view.submittedAt(), view.receivedAt(), view.appointmentAt(), view.refusalReason(), view.stopReason());
	}
}
