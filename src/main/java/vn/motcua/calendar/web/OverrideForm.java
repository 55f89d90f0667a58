package vn.motcua.calendar.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import vn.motcua.calendar.OverrideKind;

/** The administrator's form for a new override. */
public class OverrideForm {

	@NotNull(message = "{calendar.override.date.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate date;

	@NotBlank(message = "{calendar.override.name.required}")
	@Size(max = 200, message = "{calendar.override.name.size}")
	private String name = "";

	@NotNull(message = "{calendar.override.kind.required}")
	private @Nullable OverrideKind kind = OverrideKind.DAY_OFF;

	private @Nullable UUID agencyId;

	public @Nullable LocalDate getDate() {
		return date;
	}

	public void setDate(@Nullable LocalDate date) {
		this.date = date;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public @Nullable OverrideKind getKind() {
		return kind;
	}

	public void setKind(@Nullable OverrideKind kind) {
		this.kind = kind;
	}

	public @Nullable UUID getAgencyId() {
		return agencyId;
	}

	public void setAgencyId(@Nullable UUID agencyId) {
		this.agencyId = agencyId;
	}
}
