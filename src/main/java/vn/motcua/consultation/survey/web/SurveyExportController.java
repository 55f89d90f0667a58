package vn.motcua.consultation.survey.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.motcua.consultation.survey.Survey;
import vn.motcua.consultation.survey.SurveyManagement;
import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.CurrentUser;
import vn.motcua.shared.ExportSlots;

/** The officers' download of a survey's responses, free text included, for their own analysis. */
@Controller
class SurveyExportController {

	private final SurveyManagement surveys;
	private final AccountManagement accounts;
	private final MessageSource messages;
	private final ExportSlots exports;

	SurveyExportController(SurveyManagement surveys, AccountManagement accounts, MessageSource messages,
			ExportSlots exports) {
		this.surveys = surveys;
		this.accounts = accounts;
		this.messages = messages;
		this.exports = exports;
	}

	/** Written as it is read, in an export slot; a survey the officer may not read is refused before. */
	@GetMapping("/work/surveys/{id}/responses.csv")
	void csv(@PathVariable UUID id, Locale locale, HttpServletResponse response) throws IOException {
		CurrentUser user = accounts.currentUser().orElseThrow();
		Survey survey = surveys.officerSurvey(id, user);
		exports.write(() -> {
			response.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8).toString());
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("khao-sat-" + id + ".csv").build().toString());
			SurveyResponsesCsv csv = new SurveyResponsesCsv(survey, response.getWriter(), messages, locale);
			csv.start();
			surveys.eachResponse(id, user, csv);
			response.getWriter().flush();
		});
	}
}
