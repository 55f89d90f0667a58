package vn.motcua.dossier.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.motcua.dossier.DossierRegister;
import vn.motcua.dossier.RegisterFilter;
import vn.motcua.dossier.RegisterRow;
import vn.motcua.shared.CsvField;
import vn.motcua.shared.VietnamTime;

/** The register (Mẫu 06) as an Excel workbook and as CSV, with the form's column headings. */
@Component
class RegisterWorkbook {

	static final List<String> COLUMNS = List.of("number", "code", "procedure", "sets", "applicant", "contact",
			"agency", "received", "appointment", "returned", "status");


	/** Excel's last row (1,048,576) less the heading rows above the register's lines. */
	static final int MAX_XLSX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows() - 4;

	/** Rows an Excel export keeps in memory; the rest wait in a compressed temporary file until written. */
	private static final int ROWS_IN_MEMORY = 100;

	private final DossierRegister register;
	private final MessageSource messages;

	RegisterWorkbook(DossierRegister register, MessageSource messages) {
		this.register = register;
		this.messages = messages;
	}

	/**
	 * Writes the filter's register as a workbook, the rows streamed from the database through a
	 * temporary file (POI's SXSSF), so that a year of a busy department never sits in memory.
	 */
	void xlsx(RegisterFilter filter, Locale locale, OutputStream out) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
			workbook.setCompressTempFiles(true);
			Sheet sheet = workbook.createSheet(text("dossier.register.sheet", locale));
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			cell(sheet.createRow(0), 0, text("dossier.register.title", locale), bold);
			cell(sheet.createRow(1), 0, messages.getMessage("dossier.register.period",
					new Object[] { filter.from(), filter.to() }, locale), null);
			Row header = sheet.createRow(3);
			for (int column = 0; column < COLUMNS.size(); column++) {
				cell(header, column, text("dossier.register.column." + COLUMNS.get(column), locale), bold);
			}
			int[] index = { 0 };
			register.each(filter, line -> {
				Row row = sheet.createRow(4 + index[0]);
				List<String> values = values(index[0]++, line, locale);
				for (int column = 0; column < values.size(); column++) {
					cell(row, column, values.get(column), null);
				}
			});
			workbook.write(out);
		}
	}

	/** Writes the filter's register as CSV, each line as it is read from the database. */
	void csv(RegisterFilter filter, Locale locale, Writer out) throws IOException {
		out.write("\uFEFF" + String.join(",", COLUMNS.stream()
			.map(c -> CsvField.quote(text("dossier.register.column." + c, locale)))
			.toList()) + "\r\n");
		int[] index = { 0 };
		register.each(filter, line -> {
			try {
				List<String> cells = values(index[0]++, line, locale).stream().map(CsvField::quote).toList();
				out.write(String.join(",", cells) + "\r\n");
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
		out.flush();
	}

	private List<String> values(int index, RegisterRow row, Locale locale) {
		return List.of(String.valueOf(index + 1), row.code(), row.procedureName(), String.valueOf(row.sets()),
				row.applicantName() + ", " + row.applicantAddress(), row.applicantPhone(), row.agencyCode(),
				time(row.receivedAt()), time(row.appointmentAt()), time(row.returnedAt()),
				text("dossier.status." + row.status(), locale));
	}

	private static String time(@Nullable LocalDateTime time) {
		return time == null ? "" : VietnamTime.PRINTED.format(time);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	private static void cell(Row row, int column, String value, @Nullable CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		if (style != null) {
			cell.setCellStyle(style);
		}
	}
}
