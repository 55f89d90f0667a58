package vn.motcua.reporting.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.motcua.reporting.CellDossier;
import vn.motcua.shared.CsvField;
import vn.motcua.shared.ExcelExport;

/**
 * Lists of dossiers from the reports as CSV and as Excel workbooks (a Biểu 06 figure's, the leaders'
 * late ones), the drill-down's columns, each line written as it is read.
 */
@Component
class CellExport {

	private static final List<String> COLUMNS = List.of("code", "procedure", "sector.column", "channel", "status",
			"received", "due", "ended", "class");

	private final MessageSource messages;

	CellExport(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * Writes the dossiers {@code rows} hands on, each as it comes.
	 *
	 * @param rows reads the dossiers, handing each to the consumer it is given
	 */
	void csv(Consumer<Consumer<CellDossier>> rows, Locale locale, Writer out) throws IOException {
		out.write("\uFEFF" + CsvField.line(headings(locale)));
		rows.accept(dossier -> {
			try {
				out.write(CsvField.line(values(dossier, locale)));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
		out.flush();
	}

	/**
	 * Sends the dossiers {@code rows} hands on as a workbook of that sheet and file name, the times as dates.
	 *
	 * @param rows reads the dossiers, handing each to the consumer it is given
	 */
	void xlsx(Consumer<Consumer<CellDossier>> rows, String sheetName, Locale locale, HttpServletResponse response,
			String fileName) throws IOException {
		try (ExcelExport excel = new ExcelExport(sheetName)) {
			excel.headings(headings(locale));
			rows.accept(dossier -> excel.row(values(dossier, locale)));
			excel.send(response, fileName);
		}
	}

	private List<String> headings(Locale locale) {
		return COLUMNS.stream().map(column -> text("reporting.drill." + column, locale)).toList();
	}

	private List<@Nullable Object> values(CellDossier d, Locale locale) {
		return Arrays.asList(d.code(), d.procedureName(), d.sectorName(), text("dossier.channel." + d.channel(), locale),
				text("dossier.status." + d.status(), locale), d.receivedAt(), d.dueAt(), d.endedAt(),
				d.finalClass() == null ? null : text("reporting.class." + d.finalClass(), locale));
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
