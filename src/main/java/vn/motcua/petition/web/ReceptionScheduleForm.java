package vn.motcua.petition.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

import vn.motcua.petition.PetitionRules;
import vn.motcua.petition.ReceptionSchedules;
import vn.motcua.petition.WeeklySession;

/**
 * A reception schedule as an administrator sets it: its days and hours, or that from its date the agency
 * holds no regular reception (decision 0052). The weekly sessions are rows of the form, a few more than
 * the schedule holds so that one can be added without script; a row left empty is not a session. What
 * is required is checked here ({@link #checkRequired}) so that every missing field is shown at once; the
 * service checks the rules (a date not past, working weekdays, the hours in order, no overlap) for every
 * caller.
 */
public class ReceptionScheduleForm {

	/** The empty rows the form offers beyond the sessions of the schedule it starts from. */
	static final int EMPTY_ROWS = 2;
	private static final Pattern SESSION_FIELD = Pattern.compile("weekly\\[(\\d+)](.*)");

	@NotNull(message = "{reception.schedule.effective-from.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate effectiveFrom;

	private boolean noRegularReception;

	private @Nullable Integer directorWeekOfMonth;

	private @Nullable DayOfWeek directorDay;

	private List<Row> weekly = new ArrayList<>();

	private String place = "";

	/** An empty form: a row for each of the first sessions to enter. */
	public ReceptionScheduleForm() {
		addEmptyRows();
	}

	/**
	 * The form filled with the days and hours a new schedule most likely keeps, those of the latest, from a
	 * date to choose.
	 */
	static ReceptionScheduleForm of(PetitionRules.Reception reception) {
		ReceptionScheduleForm form = new ReceptionScheduleForm();
		form.directorWeekOfMonth = reception.directorWeekOfMonth();
		form.directorDay = reception.directorDay();
		form.weekly = new ArrayList<>(reception.weekly().stream().map(Row::of).toList());
		form.addEmptyRows();
		form.place = reception.place();
		return form;
	}

	/** A weekly session as a row of the form; all empty when not used. */
	public static class Row {

		private @Nullable DayOfWeek day;
		@DateTimeFormat(pattern = "HH:mm")
		private @Nullable LocalTime startsAt;
		@DateTimeFormat(pattern = "HH:mm")
		private @Nullable LocalTime endsAt;

		static Row of(WeeklySession session) {
			Row row = new Row();
			row.day = session.day();
			row.startsAt = session.startsAt();
			row.endsAt = session.endsAt();
			return row;
		}

		boolean isEmpty() {
			return day == null && startsAt == null && endsAt == null;
		}

		public @Nullable DayOfWeek getDay() { return day; }
		public void setDay(@Nullable DayOfWeek day) { this.day = day; }
		public @Nullable LocalTime getStartsAt() { return startsAt; }
		public void setStartsAt(@Nullable LocalTime startsAt) { this.startsAt = startsAt; }
		public @Nullable LocalTime getEndsAt() { return endsAt; }
		public void setEndsAt(@Nullable LocalTime endsAt) { this.endsAt = endsAt; }
	}

	/**
	 * Rejects what a schedule with days needs and the form lacks: the director's week and day, a day and two
	 * times in every row begun, one row at least. A field the browser sent unreadable is already rejected.
	 */
	void checkRequired(Errors errors) {
		if (noRegularReception) {
			return;
		}
		requireValue(errors, "directorWeekOfMonth", directorWeekOfMonth, "reception.schedule.week.required");
		requireValue(errors, "directorDay", directorDay, "reception.schedule.day.required");
		boolean any = false;
		for (int i = 0; i < weekly.size(); i++) {
			Row row = weekly.get(i);
			String field = "weekly[" + i + "].";
			if (!row.isEmpty()) {
				any = true;
				requireValue(errors, field + "day", row.day, "reception.schedule.day.required");
				requireValue(errors, field + "startsAt", row.startsAt, "reception.schedule.time.required");
				requireValue(errors, field + "endsAt", row.endsAt, "reception.schedule.time.required");
			}
			else if (errors.hasFieldErrors(field + "*")) {
				any = true;
			}
		}
		if (!any) {
			errors.rejectValue("weekly", "reception.schedule.weekly.none");
		}
	}

	private static void requireValue(Errors errors, String field, @Nullable Object value, String messageKey) {
		if (value == null && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, messageKey);
		}
	}

	/** A row more for another session, up to the most a schedule holds. */
	void addRow() {
		if (weekly.size() < ReceptionSchedules.MOST_WEEKLY_SESSIONS) {
			weekly.add(new Row());
		}
	}

	private void addEmptyRows() {
		for (int i = 0; i < EMPTY_ROWS; i++) {
			addRow();
		}
	}

	/** What the service sets; only once the form's own checks passed. The rows left empty are not sessions. */
	ReceptionSchedules.Entry entry() {
		LocalDate from = Objects.requireNonNull(effectiveFrom);
		if (noRegularReception) {
			return new ReceptionSchedules.Entry(from, null);
		}
		List<WeeklySession> sessions = weekly.stream().filter(row -> !row.isEmpty())
			.map(row -> new WeeklySession(Objects.requireNonNull(row.day), Objects.requireNonNull(row.startsAt),
					Objects.requireNonNull(row.endsAt)))
			.toList();
		return new ReceptionSchedules.Entry(from, new PetitionRules.Reception(Objects.requireNonNull(directorWeekOfMonth),
				Objects.requireNonNull(directorDay), sessions, place));
	}

	/**
	 * The form's field of a field the service named: its sessions are numbered without the rows left empty,
	 * so {@code weekly[1].endsAt} of the service is the row of the second session entered.
	 */
	String fieldOf(String serviceField) {
		Matcher session = SESSION_FIELD.matcher(serviceField);
		if (!session.matches()) {
			return serviceField;
		}
		int wanted = Integer.parseInt(session.group(1));
		for (int i = 0, entered = -1; i < weekly.size(); i++) {
			if (!weekly.get(i).isEmpty() && ++entered == wanted) {
				return "weekly[" + i + "]" + session.group(2);
			}
		}
		return "weekly";
	}

	public @Nullable LocalDate getEffectiveFrom() { return effectiveFrom; }
	public void setEffectiveFrom(@Nullable LocalDate effectiveFrom) { this.effectiveFrom = effectiveFrom; }
	public boolean isNoRegularReception() { return noRegularReception; }
	public void setNoRegularReception(boolean noRegularReception) { this.noRegularReception = noRegularReception; }
	public @Nullable Integer getDirectorWeekOfMonth() { return directorWeekOfMonth; }
	public void setDirectorWeekOfMonth(@Nullable Integer directorWeekOfMonth) { this.directorWeekOfMonth = directorWeekOfMonth; }
	public @Nullable DayOfWeek getDirectorDay() { return directorDay; }
	public void setDirectorDay(@Nullable DayOfWeek directorDay) { this.directorDay = directorDay; }
	public List<Row> getWeekly() { return weekly; }
	public void setWeekly(List<Row> weekly) { this.weekly = weekly; }
	public String getPlace() { return place; }
	public void setPlace(@Nullable String place) { this.place = place == null ? "" : place; }
}
