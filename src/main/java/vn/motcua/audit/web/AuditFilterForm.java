package vn.motcua.audit.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import vn.motcua.audit.AuditFilter;

/** The filter form above the list of entries; every field may stay empty. */
public class AuditFilterForm {

	private @Nullable String recordType;
	private @Nullable String recordId;
	private @Nullable String actor;
	private @Nullable String action;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate from;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate to;

	AuditFilter toFilter() {
		return new AuditFilter(recordType, recordId, actor, action, from, to);
	}

	public @Nullable String getRecordType() {
		return recordType;
	}

	public void setRecordType(@Nullable String recordType) {
		this.recordType = recordType;
	}

	public @Nullable String getRecordId() {
		return recordId;
	}

	public void setRecordId(@Nullable String recordId) {
		this.recordId = recordId;
	}

	public @Nullable String getActor() {
		return actor;
	}

	public void setActor(@Nullable String actor) {
		this.actor = actor;
	}

	public @Nullable String getAction() {
		return action;
	}

	public void setAction(@Nullable String action) {
		this.action = action;
	}

	public @Nullable LocalDate getFrom() {
		return from;
	}

	public void setFrom(@Nullable LocalDate from) {
		this.from = from;
	}

	public @Nullable LocalDate getTo() {
		return to;
	}

	public void setTo(@Nullable LocalDate to) {
		this.to = to;
	}
}
