package vn.motcua.reporting;

/**
 * The columns of Biểu 06/VPCP/KSTT (3–13) and the reconciliation columns, each a predicate on the
 * read model over the period [{@code :start}, {@code :cutOff}). Every dossier received before the
 * cut-off and not ended before the start is in column 3 and in exactly one of 4, 5, 6 and exactly
 * one of 8, 9, 10, 12, 13; the predicates never evaluate to SQL NULL, so the sums reconcile by
 * construction.
 */
public enum ReportCell {
	/** Column 3: nhận giải quyết. */
	RECEIVED(3, "TRUE"),
	/** Column 4: trực tuyến, received in the period. */
	ONLINE(4, "r.received_at >= :start AND r.channel = 'ONLINE'"),
	/** Column 5: trực tiếp, dịch vụ bưu chính, received in the period. */
	DIRECT(5, "r.received_at >= :start AND r.channel <> 'ONLINE'"),
	/** Column 6: từ kỳ trước. */
	CARRIED_OVER(6, "r.received_at < :start"),
	/** Column 7: đã giải quyết. */
	RESOLVED(7, Predicates.RESOLVED),
	/** Column 8: trước hạn. */
	EARLY(8, Predicates.RESOLVED + " AND r.final_class = 'EARLY'"),
	/** Column 9: đúng hạn. */
	ON_TIME(9, Predicates.RESOLVED + " AND r.final_class = 'ON_TIME'"),
	/** Column 10: quá hạn. */
	LATE(10, Predicates.RESOLVED + " AND r.final_class = 'LATE'"),
	/** Column 11: đang giải quyết. */
	IN_PROGRESS(11, Predicates.OPEN),
	/** Column 12: trong hạn. */
	WITHIN_DEADLINE(12, Predicates.OPEN + " AND NOT " + Predicates.OVERDUE),
	/** Column 13: quá hạn. */
	OVERDUE(13, Predicates.OPEN + " AND " + Predicates.OVERDUE),
	/** Reconciliation: of column 7, withdrawn at the applicant's request after receipt. */
	WITHDRAWN(0, Predicates.RESOLVED + " AND r.ending = 'WITHDRAWN'"),
	/** Reconciliation: of column 7, refused during processing. */
	REFUSED(0, Predicates.RESOLVED + " AND r.ending = 'REFUSED'"),
	/** Reconciliation: of column 7, processing stopped. */
	STOPPED(0, Predicates.RESOLVED + " AND r.ending = 'STOPPED'");

	private final int column;
	private final String predicate;

	ReportCell(int column, String predicate) {
		this.column = column;
		this.predicate = predicate;
	}

	/** The statutory column number, 0 for a reconciliation column. */
	public int column() {
		return column;
	}

	/** The SQL condition on {@code report_dossier r}, within the period's population. */
	public String predicate() {
		return predicate;
	}

	/**
	 * The dossiers a period's report counts: received before the cut-off and not ended before the start
	 * ({@code active_until} is the end, or the far future while open, so that this is one index range).
	 */
	public static final String POPULATION = "r.agency_code IN (:agencies) AND r.received_at IS NOT NULL"
			+ " AND r.received_at < :cutOff AND r.active_until >= :start";

	private static final class Predicates {

		static final String RESOLVED = "(r.ended_at IS NOT NULL AND r.ended_at < :cutOff)";
		static final String OPEN = "(r.ended_at IS NULL OR r.ended_at >= :cutOff)";
		// Open at the cut-off: more than one request for documents is late whatever the dates; a dossier
		// waiting for documents stopped its clock when they were asked for (§2.4); otherwise the due time.
		static final String OVERDUE = "(r.supplement_requests > 1"
				+ " OR (r.paused_since IS NOT NULL AND r.paused_since < :cutOff AND r.due_at IS NOT NULL"
				+ " AND r.paused_since > r.due_at)"
				+ " OR ((r.paused_since IS NULL OR r.paused_since >= :cutOff) AND r.due_at IS NOT NULL"
				+ " AND r.due_at < :cutOff))";

		private Predicates() {
		}
	}
}
