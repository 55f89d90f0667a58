package vn.motcua.catalog.web;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.motcua.identity.Role;

/** A row of the internal process table; a row left blank is dropped. */
public class StepRow {

	private String name = "";
	private @Nullable Role role = null;
	private @Nullable UUID unitId = null;
	private @Nullable BigDecimal share = null;

	boolean isBlank() {
		return name.isBlank() && share == null;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public @Nullable Role getRole() {
		return role;
	}

	public void setRole(@Nullable Role role) {
		this.role = role;
	}

	public @Nullable UUID getUnitId() {
		return unitId;
	}

	public void setUnitId(@Nullable UUID unitId) {
		this.unitId = unitId;
	}

	public @Nullable BigDecimal getShare() {
		return share;
	}

	public void setShare(@Nullable BigDecimal share) {
		this.share = share;
	}
}
