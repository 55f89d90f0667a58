package vn.motcua.reporting;

import java.util.EnumMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One row of Biểu 06: a sector (lĩnh vực), or the total when {@code sectorCode} is null. The
 * statutory columns 3–13, then the reconciliation columns (of column 7: withdrawn, refused, stopped).
 */
public record ReportRow(@Nullable String sectorCode, String sectorName, long received, long online, long direct,
		long carriedOver, long resolved, long early, long onTime, long late, long inProgress, long withinDeadline,
		long overdue, long withdrawn, long refused, long stopped, @JsonIgnore long resolvedMinutes) {

	static ReportRow of(@Nullable String sectorCode, String sectorName, Map<ReportCell, Long> counts, long minutes) {
		return new ReportRow(sectorCode, sectorName, counts.get(ReportCell.RECEIVED), counts.get(ReportCell.ONLINE),
				counts.get(ReportCell.DIRECT), counts.get(ReportCell.CARRIED_OVER), counts.get(ReportCell.RESOLVED),
				counts.get(ReportCell.EARLY), counts.get(ReportCell.ON_TIME), counts.get(ReportCell.LATE),
				counts.get(ReportCell.IN_PROGRESS), counts.get(ReportCell.WITHIN_DEADLINE), counts.get(ReportCell.OVERDUE),
				counts.get(ReportCell.WITHDRAWN), counts.get(ReportCell.REFUSED), counts.get(ReportCell.STOPPED), minutes);
	}

	/** The figure in one column. */
	public long count(ReportCell cell) {
		return switch (cell) {
			case RECEIVED -> received;
			case ONLINE -> online;
			case DIRECT -> direct;
			case CARRIED_OVER -> carriedOver;
			case RESOLVED -> resolved;
			case EARLY -> early;
			case ON_TIME -> onTime;
			case LATE -> late;
			case IN_PROGRESS -> inProgress;
			case WITHIN_DEADLINE -> withinDeadline;
			case OVERDUE -> overdue;
			case WITHDRAWN -> withdrawn;
			case REFUSED -> refused;
			case STOPPED -> stopped;
		};
	}

	/** The sum of rows, column by column. */
	static ReportRow total(String name, Iterable<ReportRow> rows) {
		Map<ReportCell, Long> sums = new EnumMap<>(ReportCell.class);
		long minutes = 0;
		for (ReportCell cell : ReportCell.values()) {
			sums.put(cell, 0L);
		}
		for (ReportRow row : rows) {
			for (ReportCell cell : ReportCell.values()) {
				sums.merge(cell, row.count(cell), Long::sum);
			}
			minutes += row.resolvedMinutes;
		}
		return of(null, name, sums, minutes);
	}

	/** Whether 3 = 4 + 5 + 6, 7 = 8 + 9 + 10, 11 = 12 + 13 and 3 = 7 + 11 hold. */
	@JsonIgnore
	public boolean reconciles() {
		return received == online + direct + carriedOver && resolved == early + onTime + late
				&& inProgress == withinDeadline + overdue && received == resolved + inProgress
				&& withdrawn + refused + stopped <= resolved;
	}

	/** Share of the period's new receipts that came online, in per cent, or null when there were none. */
	public @Nullable Double onlineShare() {
		return percent(online, online + direct);
	}

	/** Share of resolved dossiers resolved early or on time, in per cent, or null when none was resolved. */
	public @Nullable Double onTimeShare() {
		return percent(early + onTime, resolved);
	}

	/** Average time from receipt to the end, in calendar days, over the dossiers resolved in the period. */
	public @Nullable Double averageDays() {
		return resolved == 0 ? null : Math.round(resolvedMinutes * 10.0 / resolved / 1440) / 10.0;
	}

	private static @Nullable Double percent(long part, long whole) {
		return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 10.0;
	}
}
