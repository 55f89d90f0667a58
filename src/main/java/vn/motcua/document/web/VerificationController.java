package vn.motcua.document.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.motcua.document.IssuedDocumentVerification;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.VietnamTime;

/**
 * The public page where anyone checks a signed result: by the dossier code printed on it (the QR
 * code on the result opens this page with the code filled in), by uploading the file, or both.
 */
@Controller
@RequestMapping("/verify")
class VerificationController {

	private final IssuedDocumentVerification verification;
	private final PdfUploads uploads;
	private final MessageSource messages;
	private final CodeLookupLimit limit;

	VerificationController(IssuedDocumentVerification verification, PdfUploads uploads, MessageSource messages,
			CodeLookupLimit limit) {
		this.verification = verification;
		this.uploads = uploads;
		this.messages = messages;
		this.limit = limit;
	}

	@ModelAttribute
	void common(Model model) {
		model.addAttribute("maxSize", uploads.maxSizeText());
		model.addAttribute("zone", VietnamTime.ZONE);
	}

	/** Opened from the QR code with {@code ?code=}: the issued document is checked at once. */
	@GetMapping
	String form(@RequestParam(name = "code", required = false) @Nullable String code, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		limit.check(code, request);
		if (code != null && !code.isBlank()) {
			check(code, null, model, response);
		}
		return "document/verify";
	}

	/** The result shows on the same page; a refused request answers 400 or 404 with the reason. */
	@PostMapping
	String verify(@RequestParam(name = "code", required = false) @Nullable String code,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		limit.check(code, request);
		try {
			check(code, uploads.readIfChosen(file), model, response);
		}
		catch (InvalidRequestException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("code", code);
			model.addAttribute("fileError", message(e.messageKey(), e.arguments()));
		}
		return "document/verify";
	}

	private void check(@Nullable String code, byte @Nullable [] pdf, Model model, HttpServletResponse response) {
		model.addAttribute("code", code == null ? null : code.strip());
		try {
			model.addAttribute("verification", verification.verify(code, pdf));
			model.addAttribute("checkedIssued", pdf == null);
		}
		catch (NotFoundException e) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("codeError", message(e.messageKey(), e.arguments()));
		}
	}

	private String message(String key, Object[] arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}
}
