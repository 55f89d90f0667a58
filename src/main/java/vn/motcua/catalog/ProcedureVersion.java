package vn.motcua.catalog;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonIgnore;

import vn.motcua.shared.InvalidRequestException;

/**
 * One version of a procedure. A draft is edited freely; announcing it with a decision and an
 * effective date freezes it for good. Versions of a procedure are numbered 1, 2, 3... and a
 * dossier keeps the id of the version it was submitted under.
 */
public record ProcedureVersion(UUID id, String procedureCode, int number, VersionStatus status,
		@Nullable ChangeKind kind, @Nullable Decision decision, @Nullable LocalDate effectiveFrom,
		ProcedureContent content) {

	public ProcedureVersion {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(procedureCode, "procedureCode");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(content, "content");
	}

	static ProcedureVersion draft(String procedureCode, int number, ProcedureContent content) {
		return new ProcedureVersion(UUID.randomUUID(), procedureCode, number, VersionStatus.DRAFT, null, null, null,
				content);
	}

	@JsonIgnore
	public boolean isDraft() {
		return status == VersionStatus.DRAFT;
	}

	/** Announced and in force from its effective date on, unless it abolishes the procedure. */
	@JsonIgnore
	public boolean isAbolition() {
		return kind == ChangeKind.ABOLISH;
	}

	ProcedureVersion edit(ProcedureContent newContent) {
		requireDraft();
		return new ProcedureVersion(id, procedureCode, number, status, null, null, null, newContent);
	}

	ProcedureVersion announce(ChangeKind changeKind, Decision announcing, LocalDate from) {
		requireDraft();
		return new ProcedureVersion(id, procedureCode, number, VersionStatus.ANNOUNCED, changeKind, announcing, from,
				content);
	}

	private void requireDraft() {
		if (!isDraft()) {
			throw new InvalidRequestException("catalog.version.frozen", procedureCode, number);
		}
	}
}
