package vn.motcua.organization.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import vn.motcua.organization.Unit;
import vn.motcua.organization.UnitKind;

/** A unit's name, kind and parent (none for a unit directly under the agency). */
public class UnitForm {

	@NotBlank(message = "{organization.name.required}")
	@Size(max = 300, message = "{organization.name.size}")
	private String name = "";

	@NotNull(message = "{organization.unit.kind.required}")
	private @Nullable UnitKind kind;

	private @Nullable UUID parentId;

	/** When a unit that joins the agency (or a new one) is in service from; only when it is added. */
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate startedOn;

	static UnitForm of(Unit unit) {
		UnitForm form = new UnitForm();
		form.setName(unit.name());
		form.setKind(unit.kind());
		form.setParentId(unit.parentId());
		return form;
	}

	/** The kind, once validation has made sure there is one. */
	UnitKind requiredKind() {
		if (kind == null) {
			throw new IllegalStateException("The form was not validated");
		}
		return kind;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public @Nullable UnitKind getKind() {
		return kind;
	}

	public void setKind(@Nullable UnitKind kind) {
		this.kind = kind;
	}

	public @Nullable UUID getParentId() {
		return parentId;
	}

	public void setParentId(@Nullable UUID parentId) {
		this.parentId = parentId;
	}

	public @Nullable LocalDate getStartedOn() {
		return startedOn;
	}

	public void setStartedOn(@Nullable LocalDate startedOn) {
		this.startedOn = startedOn;
	}
}
