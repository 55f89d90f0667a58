package vn.motcua.organization.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import vn.motcua.organization.SplitOrder;

/**
 * Among which units a unit splits, where each of its officers goes (by officer id), which successor
 * takes its open work and which the catalogue's steps, from which day.
 */
public class SplitForm {

	private static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

	private List<UUID> successorIds = new ArrayList<>();

	private Map<String, UUID> officerTo = new HashMap<>();

	@NotNull(message = "{organization.reorganization.open-work.required}")
	private @Nullable UUID openWorkTo;

	@NotNull(message = "{organization.reorganization.process-steps.required}")
	private @Nullable UUID processStepsTo;

	@NotNull(message = "{organization.reorganization.effective.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate effectiveOn;

	SplitOrder order(UUID unitId) {
		if (openWorkTo == null || processStepsTo == null || effectiveOn == null) {
			throw new IllegalStateException("The form was not validated");
		}
		Map<UUID, UUID> officers = new HashMap<>();
		// a key that names no officer is left out: its officer then has no destination, which the rule refuses
		officerTo.forEach((officer, unit) -> {
			if (unit != null && officer.matches(UUID_PATTERN)) {
				officers.put(UUID.fromString(officer), unit);
			}
		});
		return new SplitOrder(unitId, successorIds, officers, openWorkTo, processStepsTo, effectiveOn);
	}

	public List<UUID> getSuccessorIds() {
		return successorIds;
	}

	public void setSuccessorIds(List<UUID> successorIds) {
		this.successorIds = successorIds;
	}

	public Map<String, UUID> getOfficerTo() {
		return officerTo;
	}

	public void setOfficerTo(Map<String, UUID> officerTo) {
		this.officerTo = officerTo;
	}

	public @Nullable UUID getOpenWorkTo() {
		return openWorkTo;
	}

	public void setOpenWorkTo(@Nullable UUID openWorkTo) {
		this.openWorkTo = openWorkTo;
	}

	public @Nullable UUID getProcessStepsTo() {
		return processStepsTo;
	}

	public void setProcessStepsTo(@Nullable UUID processStepsTo) {
		this.processStepsTo = processStepsTo;
	}

	public @Nullable LocalDate getEffectiveOn() {
		return effectiveOn;
	}

	public void setEffectiveOn(@Nullable LocalDate effectiveOn) {
		this.effectiveOn = effectiveOn;
	}
}
