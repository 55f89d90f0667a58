package vn.motcua.counter.web;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import vn.motcua.counter.AgencyAppointmentRules;
import vn.motcua.counter.AppointmentRules;

/**
 * An appointment rule set as an agency's administrator sets it, its durations in minutes. Every field is
 * required, checked here so that every missing one is shown at once; the service checks the bounds (a date
 * not past, each number within its range) for every caller.
 */
public class AppointmentRulesForm {

	@NotNull(message = "{counter.rules.in-force-from.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate inForceFrom;

	@NotNull(message = "{counter.rules.number.required}")
	private @Nullable Integer slotMinutes;

	@NotNull(message = "{counter.rules.number.required}")
	private @Nullable Integer capacityPerSlot;

	@NotNull(message = "{counter.rules.number.required}")
	private @Nullable Integer daysAhead;

	@NotNull(message = "{counter.rules.number.required}")
	private @Nullable Integer closesBeforeMinutes;

	/** The form filled with the rules a new rule set most likely keeps, those in force today, from a date to choose. */
	static AppointmentRulesForm of(AppointmentRules.RuleSet rules) {
		AppointmentRulesForm form = new AppointmentRulesForm();
		form.slotMinutes = (int) rules.slotLength().toMinutes();
		form.capacityPerSlot = rules.capacityPerSlot();
		form.daysAhead = rules.daysAhead();
		form.closesBeforeMinutes = (int) rules.bookingClosesBefore().toMinutes();
		return form;
	}

	/** What the service sets; only once the form's own checks passed. */
	AgencyAppointmentRules.Entry entry() {
		return new AgencyAppointmentRules.Entry(Objects.requireNonNull(inForceFrom), Objects.requireNonNull(slotMinutes),
				Objects.requireNonNull(capacityPerSlot), Objects.requireNonNull(daysAhead),
				Objects.requireNonNull(closesBeforeMinutes));
	}

	public @Nullable LocalDate getInForceFrom() { return inForceFrom; }
	public void setInForceFrom(@Nullable LocalDate inForceFrom) { this.inForceFrom = inForceFrom; }
	public @Nullable Integer getSlotMinutes() { return slotMinutes; }
	public void setSlotMinutes(@Nullable Integer slotMinutes) { this.slotMinutes = slotMinutes; }
	public @Nullable Integer getCapacityPerSlot() { return capacityPerSlot; }
	public void setCapacityPerSlot(@Nullable Integer capacityPerSlot) { this.capacityPerSlot = capacityPerSlot; }
	public @Nullable Integer getDaysAhead() { return daysAhead; }
	public void setDaysAhead(@Nullable Integer daysAhead) { this.daysAhead = daysAhead; }
	public @Nullable Integer getClosesBeforeMinutes() { return closesBeforeMinutes; }
	public void setClosesBeforeMinutes(@Nullable Integer closesBeforeMinutes) { this.closesBeforeMinutes = closesBeforeMinutes; }
}
