package vn.motcua.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.reporting.ReadModelRebuild;
import vn.motcua.shared.Actor;

/** Administrators: rebuilding the reports' read model from the dossiers, and where it stands. */
@RestController
@Tag(name = "Reports")
class ReadModelApi {

	static final String PATH = "/api/v1/admin/reports/read-model/rebuild";

	private final ReadModelRebuild rebuild;
	private final MessageSource messages;

	ReadModelApi(ReadModelRebuild rebuild, MessageSource messages) {
		this.rebuild = rebuild;
		this.messages = messages;
	}

	@GetMapping(PATH)
	@Operation(summary = "Where the last rebuild of the reports' read model on this instance stands")
	ReadModelRebuild.Progress progress() {
		return rebuild.progress();
	}

	@PostMapping(PATH)
	@Operation(summary = "Write every dossier's row of the reports' read model again, in the background",
			description = "202 with the progress; 409 when a rebuild is already running on this instance.")
	ResponseEntity<?> start() {
		if (!rebuild.start(Actor.current())) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
					messages.getMessage("reporting.rebuild.running", null, LocaleContextHolder.getLocale()));
			problem.setTitle(messages.getMessage("reporting.rebuild.title", null, LocaleContextHolder.getLocale()));
			return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
		}
		return ResponseEntity.accepted().body(rebuild.progress());
	}
}
