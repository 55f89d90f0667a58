package vn.motcua.petition.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import vn.motcua.petition.PetitionRules;
import vn.motcua.petition.ReceptionSchedules;

/**
 * A reception schedule as an administrator sets it. Every field but the place is required, checked here
 * so that every missing one is shown at once; the service checks the rules (a date not past, working
 * weekdays, the hours in order) for every caller.
 */
public class ReceptionScheduleForm {

	@NotNull(message = "{reception.schedule.effective-from.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate effectiveFrom;

	@NotNull(message = "{reception.schedule.week.required}")
	private @Nullable Integer directorWeekOfMonth;

	@NotNull(message = "{reception.schedule.day.required}")
	private @Nullable DayOfWeek directorDay;

	@NotNull(message = "{reception.schedule.day.required}")
	private @Nullable DayOfWeek weeklyDay;

	@NotNull(message = "{reception.schedule.time.required}")
	@DateTimeFormat(pattern = "HH:mm")
	private @Nullable LocalTime weeklyFrom;

	@NotNull(message = "{reception.schedule.time.required}")
	@DateTimeFormat(pattern = "HH:mm")
	private @Nullable LocalTime weeklyTo;

	private String place = "";

	/** The form filled with the days and hours a new schedule most likely keeps, those of the latest, from a date to choose. */
	static ReceptionScheduleForm of(PetitionRules.Reception reception) {
		ReceptionScheduleForm form = new ReceptionScheduleForm();
		form.directorWeekOfMonth = reception.directorWeekOfMonth();
		form.directorDay = reception.directorDay();
		form.weeklyDay = reception.weeklyDay();
		form.weeklyFrom = reception.weeklyFrom();
		form.weeklyTo = reception.weeklyTo();
		form.place = reception.place();
		return form;
	}

	/** What the service sets; only once the form's own checks passed. */
	ReceptionSchedules.Entry entry() {
		return new ReceptionSchedules.Entry(Objects.requireNonNull(effectiveFrom),
				Objects.requireNonNull(directorWeekOfMonth), Objects.requireNonNull(directorDay),
				Objects.requireNonNull(weeklyDay), Objects.requireNonNull(weeklyFrom), Objects.requireNonNull(weeklyTo),
				place);
	}

	public @Nullable LocalDate getEffectiveFrom() { return effectiveFrom; }
	public void setEffectiveFrom(@Nullable LocalDate effectiveFrom) { this.effectiveFrom = effectiveFrom; }
	public @Nullable Integer getDirectorWeekOfMonth() { return directorWeekOfMonth; }
	public void setDirectorWeekOfMonth(@Nullable Integer directorWeekOfMonth) { this.directorWeekOfMonth = directorWeekOfMonth; }
	public @Nullable DayOfWeek getDirectorDay() { return directorDay; }
	public void setDirectorDay(@Nullable DayOfWeek directorDay) { this.directorDay = directorDay; }
	public @Nullable DayOfWeek getWeeklyDay() { return weeklyDay; }
	public void setWeeklyDay(@Nullable DayOfWeek weeklyDay) { this.weeklyDay = weeklyDay; }
	public @Nullable LocalTime getWeeklyFrom() { return weeklyFrom; }
	public void setWeeklyFrom(@Nullable LocalTime weeklyFrom) { this.weeklyFrom = weeklyFrom; }
	public @Nullable LocalTime getWeeklyTo() { return weeklyTo; }
	public void setWeeklyTo(@Nullable LocalTime weeklyTo) { this.weeklyTo = weeklyTo; }
	public String getPlace() { return place; }
	public void setPlace(@Nullable String place) { this.place = place == null ? "" : place; }
}
