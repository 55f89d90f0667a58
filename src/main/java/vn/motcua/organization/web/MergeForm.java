package vn.motcua.organization.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import vn.motcua.organization.MergeOrder;
import vn.motcua.organization.UnitKind;

/** Which units merge, into which unit (or a new one of this name and kind), from which day. */
public class MergeForm {

	private List<UUID> mergedIds = new ArrayList<>();

	private @Nullable UUID successorId;

	@Size(max = 300, message = "{organization.name.size}")
	private @Nullable String newUnitName;

	private @Nullable UnitKind newUnitKind;

	@NotNull(message = "{organization.reorganization.effective.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate effectiveOn;

	MergeOrder order(UUID agencyId) {
		if (effectiveOn == null) {
			throw new IllegalStateException("The form was not validated");
		}
		return new MergeOrder(agencyId, mergedIds, successorId, newUnitName, newUnitKind, effectiveOn);
	}

	public List<UUID> getMergedIds() {
		return mergedIds;
	}

	public void setMergedIds(List<UUID> mergedIds) {
		this.mergedIds = mergedIds;
	}

	public @Nullable UUID getSuccessorId() {
		return successorId;
	}

	public void setSuccessorId(@Nullable UUID successorId) {
		this.successorId = successorId;
	}

	public @Nullable String getNewUnitName() {
		return newUnitName;
	}

	public void setNewUnitName(@Nullable String newUnitName) {
		this.newUnitName = newUnitName;
	}

	public @Nullable UnitKind getNewUnitKind() {
		return newUnitKind;
	}

	public void setNewUnitKind(@Nullable UnitKind newUnitKind) {
		this.newUnitKind = newUnitKind;
	}

	public @Nullable LocalDate getEffectiveOn() {
		return effectiveOn;
	}

	public void setEffectiveOn(@Nullable LocalDate effectiveOn) {
		this.effectiveOn = effectiveOn;
	}
}
