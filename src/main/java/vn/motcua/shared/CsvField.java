package vn.motcua.shared;

import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * A field of the CSV files the system exports (the register, the petitions, Biểu 06, a figure's
 * dossiers, the late ones, a survey's responses), all of them UTF-8 with a byte order mark.
 */
public final class CsvField {

	private CsvField() {
	}

	/**
	 * RFC 4180 quoting, empty for null; a leading =, +, - or @ is neutralised with an apostrophe, so
	 * that a spreadsheet opening the file never runs text someone typed into a form as a formula.
	 */
	public static String quote(@Nullable String value) {
		if (value == null) {
			return "";
		}
		String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		return "\"" + safe.replace("\"", "\"\"") + "\"";
	}

	/**
	 * A line of the values an export also writes to its workbook ({@link ExcelExport#row}), each quoted:
	 * a date as the pages print it, a time too (an instant in Vietnam's time), a number as it is.
	 */
	public static String line(List<? extends @Nullable Object> values) {
		return values.stream().map(CsvField::text).map(CsvField::quote).collect(Collectors.joining(",")) + "\r\n";
	}

	private static @Nullable String text(@Nullable Object value) {
		if (value instanceof LocalDate date) {
			return VietnamTime.PRINTED_DATE.format(date);
		}
		if (value instanceof TemporalAccessor time) {
			return VietnamTime.PRINTED.format(time);
		}
		return value == null ? null : value.toString();
	}
}
