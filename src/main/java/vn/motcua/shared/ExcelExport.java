package vn.motcua.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * An export as an Excel workbook of one named sheet, beside its CSV: a CSV file opened by
 * double-click in Excel on a Vietnamese Windows (list separator ";", decimal comma) lands in one
 * column. A time or a date is a date cell (dd/MM/yyyy HH:mm, dd/MM/yyyy; an instant in Vietnam's
 * time), a number a number, anything else text, never a formula; the headings are bold and stay in
 * view when scrolling, with a filter.
 * <p>
 * The rows go through POI's streaming workbook: a hundred in memory, the rest in a compressed
 * temporary file, so that a year's export never sits in memory. Nothing reaches the response before
 * {@link #send}, so that a refusal while the rows are read is still answered as an error page. Use it
 * in a try-with-resources: {@link #close()} deletes the temporary file however the export ends, a
 * client gone mid-download included.
 */
public final class ExcelExport implements AutoCloseable {

	public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** Rows an export keeps in memory; the rest wait in a compressed temporary file until written. */
	private static final int ROWS_IN_MEMORY = 100;

	/** A column's width in characters: wide enough for its widest value, up to this; longer text is still whole. */
	private static final int MIN_WIDTH = 8;

	private static final int MAX_WIDTH = 60;

	/** The characters of "31/03/2025 14:05" and "31/03/2025", for the widths of date columns. */
	private static final int TIME_WIDTH = 16;

	private static final int DATE_WIDTH = 10;

	private final SXSSFWorkbook workbook;

	private final Sheet sheet;

	private final CellStyle bold;

	private final CellStyle date;

	private final CellStyle time;

	/** The widest value of each column so far, in characters. */
	private final List<Integer> widths = new ArrayList<>();

	private int next;

	private int firstLine;

	/** A workbook with one sheet of that name (shortened to Excel's 31 characters, without the characters it refuses). */
	public ExcelExport(String sheetName) {
		workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
		workbook.setCompressTempFiles(true);
		sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
		bold = workbook.createCellStyle();
		Font font = workbook.createFont();
		font.setBold(true);
		bold.setFont(font);
		date = workbook.createCellStyle();
		date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
		time = workbook.createCellStyle();
		time.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
	}

	/** A line of bold text above the table, its title; it runs over the empty cells beside it, whatever the widths. */
	public void title(String text) {
		put(sheet.createRow(next++), 0, text).setCellStyle(bold);
	}

	/** A line of text above the table (its period, say); an empty line for none. */
	public void line(String text) {
		if (!text.isEmpty()) {
			put(sheet.createRow(next), 0, text);
		}
		next++;
	}

	/** The table's headings, in bold, kept in view when scrolling and offered as a filter. */
	public void headings(List<String> headings) {
		Row row = sheet.createRow(next);
		for (int column = 0; column < headings.size(); column++) {
			text(row, column, headings.get(column)).setCellStyle(bold);
		}
		sheet.createFreezePane(0, next + 1);
		sheet.setAutoFilter(new CellRangeAddress(next, next, 0, headings.size() - 1));
		next++;
		firstLine = next;
	}

	/**
	 * A line of the table, a cell for each value, empty for null.
	 *
	 * @throws InvalidRequestException when the sheet is full (Excel's 1,048,576 rows); nothing was sent
	 */
	public void row(List<? extends @Nullable Object> values) {
		if (next >= SpreadsheetVersion.EXCEL2007.getMaxRows()) {
			throw new InvalidRequestException("export.excel.too-many", next - firstLine);
		}
		Row row = sheet.createRow(next++);
		for (int column = 0; column < values.size(); column++) {
			Object value = values.get(column);
			if (value != null) {
				cell(row, column, value);
			}
		}
	}

	/** Sends the workbook as an attachment of that name. */
	public void send(HttpServletResponse response, String fileName) throws IOException {
		response.setContentType(CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName).build().toString());
		write(response.getOutputStream());
	}

	void write(OutputStream out) throws IOException {
		for (int column = 0; column < widths.size(); column++) {
			sheet.setColumnWidth(column, Math.min(Math.max(widths.get(column), MIN_WIDTH) + 2, MAX_WIDTH) * 256);
		}
		workbook.write(out);
		out.flush();
	}

	/**
	 * Deletes the temporary file, whether the workbook was sent or not: POI's close disposes of it
	 * since 5.3 (bug 68183, its dispose() now deprecated); ExcelExportTests sees that it does.
	 */
	@Override
	public void close() throws IOException {
		workbook.close();
	}

	private void cell(Row row, int column, Object value) {
		if (value instanceof Number number) {
			row.createCell(column).setCellValue(number.doubleValue());
			width(column, number.toString().length());
		}
		else if (value instanceof LocalDateTime localTime) {
			dated(row, column, time, TIME_WIDTH).setCellValue(localTime);
		}
		else if (value instanceof Instant instant) {
			dated(row, column, time, TIME_WIDTH).setCellValue(LocalDateTime.ofInstant(instant, VietnamTime.ZONE));
		}
		else if (value instanceof LocalDate day) {
			dated(row, column, date, DATE_WIDTH).setCellValue(day);
		}
		else {
			text(row, column, value.toString());
		}
	}

	private Cell dated(Row row, int column, CellStyle style, int width) {
		Cell cell = row.createCell(column);
		cell.setCellStyle(style);
		width(column, width);
		return cell;
	}

	private Cell text(Row row, int column, String text) {
		width(column, text.length());
		return put(row, column, text);
	}

	/** A text cell: even one starting with "=" is text, never a formula that Excel would run. */
	private static Cell put(Row row, int column, String text) {
		Cell cell = row.createCell(column);
		cell.setCellValue(text);
		return cell;
	}

	private void width(int column, int characters) {
		while (widths.size() <= column) {
			widths.add(0);
		}
		widths.set(column, Math.max(widths.get(column), characters));
	}
}
