package vn.motcua.petition.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.motcua.petition.IncompletePetitionException;
import vn.motcua.petition.PetitionKind;

/**
 * An incomplete petition over the API: 400 with what its kind requires and each missing part, in
 * the caller's language, as guidance for the sender.
 */
@RestControllerAdvice(assignableTypes = PetitionApi.class)
class PetitionProblems {

	private final MessageSource messages;

	PetitionProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(IncompletePetitionException.class)
	ProblemDetail incomplete(IncompletePetitionException e) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage("petition.incomplete." + e.kind().name(), null, locale));
		problem.setTitle(messages.getMessage("problem.title.400", null, locale));
		Map<String, String> fields = new LinkedHashMap<>();
		for (PetitionKind.Field field : e.missing()) {
			fields.put(PetitionForm.fieldName(field), messages.getMessage("petition.missing." + field.name(), null, locale));
		}
		problem.setProperty("errors", fields);
		return problem;
	}
}
