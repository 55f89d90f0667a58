package vn.motcua.consultation.survey.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
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

import vn.motcua.consultation.survey.SurveyManagement;
import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.CurrentUser;
import vn.motcua.shared.CsvField;
import vn.motcua.shared.ExcelExport;
import vn.motcua.shared.ExportSlots;

/**
 * The officers' download of a survey's responses, free text included, for their own analysis: as
 * CSV or as an Excel workbook, the same lines and columns. Each is written as it is read, in an
 * export slot; a survey the officer may not read is refused before.
 */
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

	@GetMapping("/work/surveys/{id}/responses.csv")
	void csv(@PathVariable UUID id, Locale locale, HttpServletResponse response) throws IOException {
		CurrentUser user = accounts.currentUser().orElseThrow();
		SurveyResponseLines lines = new SurveyResponseLines(surveys.officerSurvey(id, user), messages, locale);
		exports.write(() -> {
			response.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8).toString());
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName(id, "csv")).build().toString());
			Writer writer = response.getWriter();
			// The byte order mark tells Excel the file is UTF-8, so that the diacritics read right.
			writer.write("\uFEFF" + CsvField.line(lines.headings()));
			surveys.eachResponse(id, user, stored -> {
				try {
					writer.write(CsvField.line(lines.values(stored)));
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
			writer.flush();
		});
	}

	/** The CSV's twin: the day received a date, a rating's point a number. */
	@GetMapping("/work/surveys/{id}/responses.xlsx")
	void xlsx(@PathVariable UUID id, Locale locale, HttpServletResponse response) throws IOException {
		CurrentUser user = accounts.currentUser().orElseThrow();
		SurveyResponseLines lines = new SurveyResponseLines(surveys.officerSurvey(id, user), messages, locale);
		exports.write(() -> {
			try (ExcelExport excel = new ExcelExport(messages.getMessage("survey.export.sheet", null, locale))) {
				excel.headings(lines.headings());
				surveys.eachResponse(id, user, stored -> excel.row(lines.values(stored)));
				excel.send(response, fileName(id, "xlsx"));
			}
		});
	}

	private static String fileName(UUID id, String extension) {
		return "khao-sat-" + id + "." + extension;
	}
}
