package vn.motcua.shared;

import org.jspecify.annotations.Nullable;

/** A field of the CSV files the system exports (the register, the petitions, Biểu 06, a figure's dossiers). */
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
}
