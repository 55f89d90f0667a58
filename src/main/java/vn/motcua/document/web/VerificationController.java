package vn.motcua.document.web;

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

import vn.motcua.document.SignatureVerifier;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.VietnamTime;

/** The public page where anyone uploads a signed result and reads whether its signatures hold. */
@Controller
@RequestMapping("/verify")
class VerificationController {

	private final SignatureVerifier verifier;
	private final PdfUploads uploads;
	private final MessageSource messages;

	VerificationController(SignatureVerifier verifier, PdfUploads uploads, MessageSource messages) {
		this.verifier = verifier;
		this.uploads = uploads;
		this.messages = messages;
	}

	@ModelAttribute
	void common(Model model) {
		model.addAttribute("maxSize", uploads.maxSizeText());
		model.addAttribute("zone", VietnamTime.ZONE);
	}

	@GetMapping
	String form() {
		return "document/verify";
	}

	/** The result shows on the same page; a refused upload answers 400 with the reason beside the field. */
	@PostMapping
	String verify(@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model,
			HttpServletResponse response) {
		try {
			model.addAttribute("verification", verifier.verify(uploads.read(file)));
		}
		catch (InvalidRequestException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("fileError",
					messages.getMessage(e.messageKey(), e.arguments(), LocaleContextHolder.getLocale()));
		}
		return "document/verify";
	}
}
