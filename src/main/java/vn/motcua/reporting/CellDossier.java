package vn.motcua.reporting;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/** A dossier behind a report cell, as officers see it in the drill-down (no applicant data). */
public record CellDossier(String code, String procedureName, String sectorName, String channel, String status,
		LocalDateTime receivedAt, @Nullable LocalDateTime dueAt, @Nullable LocalDateTime endedAt,
		@Nullable String finalClass) {
}
