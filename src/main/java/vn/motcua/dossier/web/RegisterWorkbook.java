package vn.motcua.dossier.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.motcua.dossier.RegisterFilter;
import vn.motcua.dossier.RegisterRow;

/** The register (Mẫu 06) as an Excel workbook and as CSV, with the form's column headings. */
@Component
class RegisterWorkbook {

	static final List<String> COLUMNS = List.of("number", "code", "procedure", "sets", "applicant", "contact",
			"agency", "received", "appointment", "returned", "status");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

	private final MessageSource messages;

	RegisterWorkbook(MessageSource messages) {
		this.messages = messages;
	}

	byte[] xlsx(RegisterFilter filter, List<RegisterRow> rows, Locale locale) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
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
			for (int index = 0; index < rows.size(); index++) {
				Row row = sheet.createRow(4 + index);
				List<String> values = values(index, rows.get(index), locale);
				for (int column = 0; column < values.size(); column++) {
					cell(row, column, values.get(column), null);
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	String csv(List<RegisterRow> rows, Locale locale) {
		StringBuilder csv = new StringBuilder("\uFEFF");
		csv.append(String.join(",", COLUMNS.stream().map(c -> quote(text("dossier.register.column." + c, locale))).toList()));
		csv.append("\r\n");
		for (int index = 0; index < rows.size(); index++) {
			csv.append(String.join(",", values(index, rows.get(index), locale).stream().map(RegisterWorkbook::quote).toList()));
			csv.append("\r\n");
		}
		return csv.toString();
	}

	private List<String> values(int index, RegisterRow row, Locale locale) {
		return List.of(String.valueOf(index + 1), row.code(), row.procedureName(), String.valueOf(row.sets()),
				row.applicantName() + ", " + row.applicantAddress(), row.applicantPhone(), row.agencyCode(),
				time(row.receivedAt()), time(row.appointmentAt()), time(row.returnedAt()),
				text("dossier.status." + row.status(), locale));
	}

	private static String time(@Nullable LocalDateTime time) {
		return time == null ? "" : TIME.format(time);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	/** RFC 4180 quoting; a leading =, +, - or @ is neutralised so that a spreadsheet never runs it. */
	static String quote(String value) {
		String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		return "\"" + safe.replace("\"", "\"\"") + "\"";
	}

	private static void cell(Row row, int column, String value, @Nullable CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		if (style != null) {
			cell.setCellStyle(style);
		}
	}
}
