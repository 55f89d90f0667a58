package vn.motcua.calendar;

/**
 * A date of the Vietnamese lunar calendar (âm lịch). A leap month (tháng nhuận) repeats the number
 * of the month before it.
 *
 * @param year the lunar year; its first day (Tết) falls in January or February of the same solar year
 * @param month 1 to 12
 * @param day 1 to 30
 * @param leapMonth whether the month is the leap repetition of {@code month}
 */
public record LunarDate(int year, int month, int day, boolean leapMonth) {

	public LunarDate {
		if (month < 1 || month > 12 || day < 1 || day > 30) {
			throw new IllegalArgumentException("No such lunar date: " + year + "/" + month + "/" + day);
		}
	}

	/** The first day of a lunar year, Tết Nguyên đán. */
	public static LunarDate newYear(int year) {
		return new LunarDate(year, 1, 1, false);
	}
}
