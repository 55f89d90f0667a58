package vn.motcua.calendar;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Solar ↔ lunar conversion by Hồ Ngọc Đức's method: new moons by Meeus's formulas (with ΔT), major
 * solar terms from the apparent solar longitude, month 11 holding the winter solstice, and in a
 * 13-month year the first month without a major term as the leap month. The time zone is fixed at
 * UTC+7, the meridian of Vietnam, whatever the server's zone: with China's +8 the new moon falls on
 * another day in some years, and so does Tết (1968, 1985, 2007, 2030, 2053...).
 */
public final class LunarCalendar {

	/** The first solar year supported. */
	public static final int FIRST_YEAR = 1900;

	/** The last solar year supported. */
	public static final int LAST_YEAR = 2199;

	private static final double TIME_ZONE = 7.0;
	private static final double SYNODIC_MONTH = 29.530588853;
	private static final double NEW_MOON_EPOCH = 2415021.076998695;
	private static final long JULIAN_DAY_OF_EPOCH_DAY_0 = 2440588;
	private static final double DEGREE = Math.PI / 180;

	private LunarCalendar() {
	}

	/** Whether a solar year lies in the supported range. */
	public static boolean supports(int solarYear) {
		return solarYear >= FIRST_YEAR && solarYear <= LAST_YEAR;
	}

	/** The lunar date of a solar date of the supported range. */
	public static LunarDate toLunar(LocalDate date) {
		requireSupported(date.getYear());
		long day = julianDay(date);
		long monthStart = monthStart(day);
		long a11 = lunarMonth11(date.getYear());
		if (a11 >= monthStart) {
			return lunarDate(date.getYear(), lunarMonth11(date.getYear() - 1), a11, monthStart, day);
		}
		return lunarDate(date.getYear() + 1, a11, lunarMonth11(date.getYear() + 1), monthStart, day);
	}

	/** The first day of the lunar month holding a day. */
	private static long monthStart(long day) {
		long k = (long) Math.floor((day - NEW_MOON_EPOCH) / SYNODIC_MONTH) + 1;
		long monthStart = newMoonDay(k);
		// the mean lunation only estimates k: step back until the new moon is not after the day
		while (monthStart > day) {
			monthStart = newMoonDay(--k);
		}
		return monthStart;
	}

	/**
	 * Numbers a day of the lunar year that runs from month 11 {@code a11} to the next month 11
	 * {@code b11}; {@code year} is the lunar year of the months after the winter solstice.
	 */
	private static LunarDate lunarDate(int year, long a11, long b11, long monthStart, long day) {
		int diff = (int) Math.floor((monthStart - a11) / 29.0);
		int month = diff + 11;
		boolean leap = false;
		if (b11 - a11 > 365) {
			int leapOffset = leapMonthOffset(a11);
			if (diff >= leapOffset) {
				month = diff + 10;
				leap = diff == leapOffset;
			}
		}
		if (month > 12) {
			month -= 12;
		}
		int lunarYear = month >= 11 && diff < 4 ? year - 1 : year;
		return new LunarDate(lunarYear, month, (int) (day - monthStart + 1), leap);
	}

	/**
	 * The solar date of a lunar date, or empty when the lunar calendar has no such day (a 30th in a
	 * month of 29 days, a leap month in a year whose leap month is another one) or when it lies
	 * outside the supported range.
	 */
	public static Optional<LocalDate> toSolar(LunarDate lunar) {
		if (!supports(lunar.year()) && !supports(lunar.year() + 1)) {
			return Optional.empty();
		}
		long a11 = lunarMonth11(lunar.month() < 11 ? lunar.year() - 1 : lunar.year());
		long b11 = lunarMonth11(lunar.month() < 11 ? lunar.year() : lunar.year() + 1);
		long k = (long) Math.floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
		int offset = Math.floorMod(lunar.month() - 11, 12);
		if (b11 - a11 > 365) {
			int leapOffset = leapMonthOffset(a11);
			if (lunar.leapMonth() || offset >= leapOffset) {
				offset += 1;
			}
		}
		LocalDate date = solarDate(newMoonDay(k + offset) + lunar.day() - 1);
		if (!supports(date.getYear()) || !toLunar(date).equals(lunar)) {
			return Optional.empty();
		}
		return Optional.of(date);
	}

	private static void requireSupported(int year) {
		if (!supports(year)) {
			throw new IllegalArgumentException("The lunar calendar covers " + FIRST_YEAR + "–" + LAST_YEAR + ", not " + year);
		}
	}

	static long julianDay(LocalDate date) {
		return date.toEpochDay() + JULIAN_DAY_OF_EPOCH_DAY_0;
	}

	static LocalDate solarDate(long julianDay) {
		return LocalDate.ofEpochDay(julianDay - JULIAN_DAY_OF_EPOCH_DAY_0);
	}

	/** The day (Julian day number, at UTC+7) of the k-th new moon after 1900-01-01. */
	static long newMoonDay(long k) {
		return (long) Math.floor(newMoon(k) + 0.5 + TIME_ZONE / 24);
	}

	/** The index 0–11 of the major solar term in force at the start of a day (at UTC+7). */
	static int majorTerm(long julianDay) {
		return (int) Math.floor(sunLongitude(julianDay - 0.5 - TIME_ZONE / 24) / Math.PI * 6);
	}

	/** The first day of the lunar month that holds the winter solstice of a solar year. */
	static long lunarMonth11(int solarYear) {
		long lastDay = julianDay(LocalDate.of(solarYear, 12, 31));
		long k = (long) Math.floor((lastDay - 2415021) / SYNODIC_MONTH);
		long newMoon = newMoonDay(k);
		return majorTerm(newMoon) >= 9 ? newMoonDay(k - 1) : newMoon;
	}

	/** In a 13-month year starting at month 11 {@code a11}: how many months after it the leap month comes. */
	static int leapMonthOffset(long a11) {
		long k = (long) Math.floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
		int i = 1;
		int term = majorTerm(newMoonDay(k + i));
		int last;
		do {
			last = term;
			i++;
			term = majorTerm(newMoonDay(k + i));
		}
		while (term != last && i < 14);
		return i - 1;
	}

	/** The instant (Julian date, UT) of the k-th new moon, by Meeus with Đức's ΔT. */
	private static double newMoon(long k) {
		double t = k / 1236.85;
		double t2 = t * t;
		double t3 = t2 * t;
		double mean = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
				+ 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * DEGREE);
		double sunAnomaly = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * DEGREE;
		double moonAnomaly = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * DEGREE;
		double latitude = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * DEGREE;
		double correction = (0.1734 - 0.000393 * t) * Math.sin(sunAnomaly) + 0.0021 * Math.sin(2 * sunAnomaly)
				- 0.4068 * Math.sin(moonAnomaly) + 0.0161 * Math.sin(2 * moonAnomaly)
				- 0.0004 * Math.sin(3 * moonAnomaly) + 0.0104 * Math.sin(2 * latitude)
				- 0.0051 * Math.sin(sunAnomaly + moonAnomaly) - 0.0074 * Math.sin(sunAnomaly - moonAnomaly)
				+ 0.0004 * Math.sin(2 * latitude + sunAnomaly) - 0.0004 * Math.sin(2 * latitude - sunAnomaly)
				- 0.0006 * Math.sin(2 * latitude + moonAnomaly) + 0.0010 * Math.sin(2 * latitude - moonAnomaly)
				+ 0.0005 * Math.sin(2 * moonAnomaly + sunAnomaly);
		double deltaT = t < -11
				? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
				: -0.000278 + 0.000265 * t + 0.000262 * t2;
		return mean + correction - deltaT;
	}

	/** The apparent solar longitude, in radians 0 to 2π, at a Julian date (low precision). */
	private static double sunLongitude(double julianDate) {
		double t = (julianDate - 2451545.0) / 36525;
		double t2 = t * t;
		double anomaly = (357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2) * DEGREE;
		double meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
		double centre = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(anomaly)
				+ (0.019993 - 0.000101 * t) * Math.sin(2 * anomaly) + 0.000290 * Math.sin(3 * anomaly);
		double longitude = (meanLongitude + centre) * DEGREE;
		return longitude - 2 * Math.PI * Math.floor(longitude / (2 * Math.PI));
	}
}
