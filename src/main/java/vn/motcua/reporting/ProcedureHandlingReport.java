package vn.motcua.reporting;

import java.util.List;

/**
 * Biểu 06/VPCP/KSTT for agencies and a period: one row per sector, the total, and the
 * classifications the law leaves open, as chosen (each a message key with its text).
 */
public record ProcedureHandlingReport(List<String> agencies, ReportPeriod period, List<ReportRow> rows,
		ReportRow total, List<Choice> choices) {

	/** A classification the law leaves open, and how this report made it. */
	public record Choice(String key, String text) {
	}
}
