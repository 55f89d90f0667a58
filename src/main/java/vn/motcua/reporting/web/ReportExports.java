package vn.motcua.reporting.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.motcua.document.PdfRenderer;
import vn.motcua.rating.SatisfactionReport;
import vn.motcua.rating.SatisfactionRow;
import vn.motcua.reporting.ProcedureHandlingReport;
import vn.motcua.reporting.ReportCell;
import vn.motcua.reporting.ReportRow;
import vn.motcua.shared.CsvField;
import vn.motcua.shared.VietnamTime;

/**
 * Biểu 06 as an Excel workbook in the form's layout (grouped headings, the column numbers (1)–(13),
 * then the reconciliation columns), as a PDF and as CSV; each ends with the classifications chosen.
 */
@Component
class ReportExports {

	static final DateTimeFormatter DATE = VietnamTime.PRINTED_DATE;
	private static final int COLUMNS = 2 + ReportCell.values().length;

	/** The byte order mark tells Excel the file is UTF-8, so that the diacritics read right, as in every export. */
	private static final String BOM = "\uFEFF";

	private final MessageSource messages;
	private final PdfRenderer pdf;

	ReportExports(MessageSource messages, PdfRenderer pdf) {
		this.messages = messages;
		this.pdf = pdf;
	}

	byte[] xlsx(ProcedureHandlingReport report, String agencyNames, Locale locale) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(text("reporting.sheet", locale));
			CellStyle bold = style(workbook, true, false);
			CellStyle header = style(workbook, true, true);
			CellStyle grid = style(workbook, false, true);
			cell(sheet.createRow(0), COLUMNS - 1, text("reporting.form", locale), null);
			title(sheet, 1, text("reporting.form.heading", locale), bold);
			title(sheet, 2, agencyNames, bold);
			title(sheet, 3, period(report, locale), null);
			title(sheet, 4, text("reporting.unit", locale), null);
			Row a = sheet.createRow(5);
			Row b = sheet.createRow(6);
			Row c = sheet.createRow(7);
			Row numbers = sheet.createRow(8);
			for (Row row : List.of(a, b, c, numbers)) {
				for (int column = 0; column < COLUMNS; column++) {
					cell(row, column, "", header);
				}
			}
			merged(sheet, a, 0, 0, 5, 7, text("reporting.column.1", locale));
			merged(sheet, a, 1, 1, 5, 7, text("reporting.column.2", locale));
			merged(sheet, a, 2, 5, 5, 5, text("reporting.group.received", locale));
			merged(sheet, a, 6, 12, 5, 5, text("reporting.group.result", locale));
			merged(sheet, a, 13, 15, 5, 6, text("reporting.group.reconciliation", locale));
			merged(sheet, b, 2, 2, 6, 7, text("reporting.cell.RECEIVED", locale));
			merged(sheet, b, 3, 5, 6, 6, text("reporting.group.of-which", locale));
			merged(sheet, b, 6, 9, 6, 6, text("reporting.group.resolved", locale));
			merged(sheet, b, 10, 12, 6, 6, text("reporting.group.in-progress", locale));
			for (ReportCell cell : ReportCell.values()) {
				int column = 2 + cell.ordinal();
				if (cell != ReportCell.RECEIVED) {
					c.getCell(column).setCellValue(text("reporting.cell." + cell.name(), locale));
				}
			}
			for (int column = 0; column < COLUMNS; column++) {
				numbers.getCell(column).setCellValue("(" + (column + 1) + ")");
			}
			int index = 9;
			int number = 1;
			for (ReportRow row : report.rows()) {
				figures(sheet.createRow(index++), number++, row, grid);
			}
			figures(sheet.createRow(index++), null, report.total(), header);
			index++;
			cell(sheet.createRow(index++), 0, text("reporting.choices", locale), bold);
			for (ProcedureHandlingReport.Choice choice : report.choices()) {
				cell(sheet.createRow(index++), 0, "- " + choice.text(), null);
			}
			sheet.setColumnWidth(1, 40 * 256);
			for (int column = 2; column < COLUMNS; column++) {
				sheet.setColumnWidth(column, 12 * 256);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	String csv(ProcedureHandlingReport report, Locale locale) {
		StringBuilder csv = new StringBuilder(BOM);
		csv.append(CsvField.quote(text("reporting.column.1", locale))).append(',')
			.append(CsvField.quote(text("reporting.column.2", locale)));
		for (ReportCell cell : ReportCell.values()) {
			csv.append(',').append(CsvField.quote(text("reporting.cell.name." + cell.name(), locale)));
		}
		csv.append("\r\n");
		int number = 1;
		for (ReportRow row : report.rows()) {
			csvRow(csv, String.valueOf(number++), row);
		}
		csvRow(csv, "", report.total());
		return csv.toString();
	}

	byte[] pdf(ProcedureHandlingReport report, String agencyNames, LocalDate today, Locale locale) {
		return pdf.render("pdf/reporting-procedure-handling",
				Map.of("report", report, "agencyNames", agencyNames, "periodText", period(report, locale),
						"cells", ReportCell.values(), "today", today),
				locale);
	}

	private String period(ProcedureHandlingReport report, Locale locale) {
		return messages.getMessage("reporting.period",
				new Object[] { report.period().from().format(DATE), report.period().to().format(DATE) }, locale);
	}

	/** The satisfaction report's table: group, ratings, each level, satisfied, share, average indicator total. */
	List<List<String>> satisfactionTable(SatisfactionReport report, Locale locale) {
		List<List<String>> table = new ArrayList<>();
		List<String> header = new ArrayList<>();
		header.add(text("reporting.satisfaction.group." + report.query().by().name(), locale));
		header.add(text("reporting.satisfaction.ratings", locale));
		for (String level : report.levels()) {
			header.add(messages.getMessage("rating.level." + level, null, level, locale));
		}
		header.add(text("reporting.satisfaction.satisfied", locale));
		header.add(text("reporting.satisfaction.percent", locale));
		header.add(text("reporting.satisfaction.indicators", locale));
		table.add(header);
		for (SatisfactionRow row : report.rows()) {
			table.add(satisfactionRow(row.label(), row, report.levels()));
		}
		table.add(satisfactionRow(text("reporting.total", locale), report.total(), report.levels()));
		return table;
	}

	private static List<String> satisfactionRow(String label, SatisfactionRow row, List<String> levels) {
		List<String> line = new ArrayList<>();
		line.add(label);
		line.add(String.valueOf(row.ratings()));
		for (String level : levels) {
			line.add(String.valueOf(row.levels().getOrDefault(level, 0L)));
		}
		line.add(String.valueOf(row.satisfied()));
		line.add(row.satisfiedPercent() == null ? "" : row.satisfiedPercent().toPlainString());
		line.add(row.averageIndicatorTotal() == null ? "" : row.averageIndicatorTotal().toPlainString());
		return line;
	}

	String satisfactionCsv(SatisfactionReport report, Locale locale) {
		StringBuilder csv = new StringBuilder(BOM);
		boolean header = true;
		for (List<String> line : satisfactionTable(report, locale)) {
			for (int i = 0; i < line.size(); i++) {
				csv.append(i == 0 ? "" : ",").append(header || i == 0 ? CsvField.quote(line.get(i)) : line.get(i));
			}
			csv.append("\r\n");
			header = false;
		}
		return csv.toString();
	}

	byte[] satisfactionXlsx(SatisfactionReport report, String agencyNames, Locale locale) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(text("reporting.satisfaction.sheet", locale));
			CellStyle bold = style(workbook, true, false);
			CellStyle header = style(workbook, true, true);
			CellStyle grid = style(workbook, false, true);
			title(sheet, 0, text("reporting.satisfaction.title", locale), bold);
			title(sheet, 1, agencyNames, bold);
			title(sheet, 2, messages.getMessage("reporting.period", new Object[] { report.query().from().format(DATE),
					report.query().to().format(DATE) }, locale), null);
			int index = 4;
			boolean first = true;
			for (List<String> line : satisfactionTable(report, locale)) {
				Row row = sheet.createRow(index++);
				for (int column = 0; column < line.size(); column++) {
					String text = line.get(column);
					if (!first && column > 0 && !text.isEmpty()) {
						Cell cell = row.createCell(column);
						cell.setCellValue(Double.parseDouble(text));
						cell.setCellStyle(grid);
					}
					else {
						cell(row, column, text, first ? header : grid);
					}
				}
				first = false;
			}
			sheet.setColumnWidth(0, 40 * 256);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void csvRow(StringBuilder csv, String number, ReportRow row) {
		csv.append(number).append(',').append(CsvField.quote(row.sectorName()));
		for (ReportCell cell : ReportCell.values()) {
			csv.append(',').append(row.count(cell));
		}
		csv.append("\r\n");
	}

	private static void figures(Row row, @Nullable Integer number, ReportRow figures, CellStyle style) {
		Cell first = row.createCell(0);
		if (number != null) {
			first.setCellValue(number);
		}
		first.setCellStyle(style);
		cell(row, 1, figures.sectorName(), style);
		for (ReportCell cell : ReportCell.values()) {
			Cell target = row.createCell(2 + cell.ordinal());
			target.setCellValue(figures.count(cell));
			target.setCellStyle(style);
		}
	}

	private static void title(Sheet sheet, int index, String text, @Nullable CellStyle style) {
		cell(sheet.createRow(index), 0, text, style);
		sheet.addMergedRegion(new CellRangeAddress(index, index, 0, COLUMNS - 1));
	}

	private static void merged(Sheet sheet, Row row, int firstColumn, int lastColumn, int firstRow, int lastRow,
			String text) {
		row.getCell(firstColumn).setCellValue(text);
		if (firstColumn != lastColumn || firstRow != lastRow) {
			sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
		}
	}

	private static CellStyle style(XSSFWorkbook workbook, boolean bold, boolean bordered) {
		CellStyle style = workbook.createCellStyle();
		Font font = workbook.createFont();
		font.setBold(bold);
		font.setFontName("Times New Roman");
		style.setFont(font);
		style.setWrapText(true);
		style.setVerticalAlignment(VerticalAlignment.CENTER);
		if (bordered) {
			style.setAlignment(HorizontalAlignment.CENTER);
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
		}
		return style;
	}

	private static void cell(Row row, int column, String text, @Nullable CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(text);
		if (style != null) {
			cell.setCellStyle(style);
		}
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
