package vn.motcua.audit.web;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.audit.AuditFilter;
import vn.motcua.audit.AuditPage;
import vn.motcua.audit.AuditTrail;
import vn.motcua.audit.ChainVerification;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit")
class AuditApi {

	private final AuditTrail trail;
	private final ReadableEntries readable;

	AuditApi(AuditTrail trail, ReadableEntries readable) {
		this.trail = trail;
		this.readable = readable;
	}

	@GetMapping("/entries")
	@Operation(summary = "Audit entries, newest first; dates (yyyy-MM-dd, Vietnam time) are both included; "
			+ "recordType, recordId, actor and action match whatever their case; a people's inspection board "
			+ "reads its own agency's entries (the home agency's board also those of no agency), with citizen ID "
			+ "numbers, phone numbers and e-mail addresses hidden")
	AuditPage entries(@RequestParam(required = false) @Nullable String recordType,
			@RequestParam(required = false) @Nullable String recordId,
			@RequestParam(required = false) @Nullable String actor,
			@Parameter(description = "what was done, such as dossier.step.assigned or account.disabled")
			@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
			HttpServletRequest request, Locale locale) {
		return readable.read(new AuditFilter(recordType, recordId, actor, action, from, to), page, size, request,
				locale);
	}

	@GetMapping("/verification")
	@Operation(summary = "Checks the whole hash chain and names the first broken entry, if any")
	ChainVerification verification() {
		return trail.verify();
	}
}
