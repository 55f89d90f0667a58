package vn.motcua.dossier.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.poi.ss.SpreadsheetVersion;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.motcua.dossier.DossierRegister;
import vn.motcua.dossier.RegisterFilter;
import vn.motcua.dossier.RegisterRow;
import vn.motcua.shared.Actor;
import vn.motcua.shared.CsvField;
import vn.motcua.shared.ExcelExport;
import vn.motcua.shared.VietnamTime;

/**
 * The register (Mẫu 06) as an Excel workbook and as CSV, with the form's column headings, each line as
 * the reader may read it (the applicants' contacts masked for the People's Inspection Board); the reader
 * is named to the audit trail, which records the reading of the applicants' data.
 */
@Component
class RegisterWorkbook {

	static final List<String> COLUMNS = List.of("number", "code", "procedure", "sets", "applicant", "contact",
			"agency", "received", "appointment", "returned", "status");


	/** Excel's last row (1,048,576) less the heading rows above the register's lines. */
	static final int MAX_XLSX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows() - 4;

	private final DossierRegister register;
	private final MessageSource messages;

	RegisterWorkbook(DossierRegister register, MessageSource messages) {
		this.register = register;
		this.messages = messages;
	}

	/**
	 * Sends the filter's register as a workbook, the rows streamed from the database through a
	 * temporary file, so that a year of a busy department never sits in memory: the form's title and
	 * period above its headings, the number and the sets as numbers, the times as dates.
	 */
	void xlsx(RegisterFilter filter, UnaryOperator<RegisterRow> readable, Actor reader, Locale locale,
			HttpServletResponse response, String fileName) throws IOException {
		try (ExcelExport excel = new ExcelExport(text("dossier.register.sheet", locale))) {
			excel.title(text("dossier.register.title", locale));
			// dates as text, as every page prints them: a message argument prints a LocalDate as 2026-11-23
			excel.line(messages.getMessage("dossier.register.period", new Object[] {
					VietnamTime.PRINTED_DATE.format(filter.from()), VietnamTime.PRINTED_DATE.format(filter.to()) },
					locale));
			excel.line("");
			excel.headings(headings(locale));
			int[] index = { 0 };
			register.export(filter, reader, line -> excel.row(values(index[0]++, readable.apply(line), locale)));
			excel.send(response, fileName);
		}
	}

	/** Writes the filter's register as CSV, each line as it is read from the database. */
	void csv(RegisterFilter filter, UnaryOperator<RegisterRow> readable, Actor reader, Locale locale, Writer out)
			throws IOException {
		out.write("\uFEFF" + CsvField.line(headings(locale)));
		int[] index = { 0 };
		register.export(filter, reader, line -> {
			try {
				out.write(CsvField.line(values(index[0]++, readable.apply(line), locale)));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
		out.flush();
	}

	private List<String> headings(Locale locale) {
		return COLUMNS.stream().map(column -> text("dossier.register.column." + column, locale)).toList();
	}

	private List<@Nullable Object> values(int index, RegisterRow row, Locale locale) {
		return Arrays.asList(index + 1, row.code(), row.procedureName(), row.sets(),
				row.applicantName() + ", " + row.applicantAddress(), row.applicantPhone(), row.agencyCode(),
				row.receivedAt(), row.appointmentAt(), row.returnedAt(), text("dossier.status." + row.status(), locale));
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}
