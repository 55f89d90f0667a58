package vn.motcua.calendar;

import java.math.BigDecimal;

import vn.motcua.shared.InvalidRequestException;

/**
 * A processing time (thời hạn giải quyết), such as 3 working days, 0.5 working day or 4 working hours.
 * Fractions of a day count at 8 working hours a day, the rule of the published procedures.
 *
 * @param amount not negative, at most {@value #MAX_AMOUNT}
 */
public record ProcessingTime(BigDecimal amount, ProcessingTimeUnit unit) {

	/** The largest amount accepted: far beyond any procedure, short of the calendar's end. */
	public static final int MAX_AMOUNT = 10_000;

	static final long SECONDS_A_DAY = 8 * 3600;

	public ProcessingTime {
		if (amount.signum() < 0) {
			throw new InvalidRequestException("calendar.amount.negative");
		}
		if (amount.compareTo(BigDecimal.valueOf(MAX_AMOUNT)) > 0) {
			throw new InvalidRequestException("calendar.amount.too-large", MAX_AMOUNT);
		}
	}

	public static ProcessingTime workingDays(double amount) {
		return new ProcessingTime(BigDecimal.valueOf(amount), ProcessingTimeUnit.WORKING_DAYS);
	}

	public static ProcessingTime workingHours(double amount) {
		return new ProcessingTime(BigDecimal.valueOf(amount), ProcessingTimeUnit.WORKING_HOURS);
	}

	/** The whole days of a day unit; 0 for hours. */
	long wholeDays() {
		return unit == ProcessingTimeUnit.WORKING_HOURS ? 0 : amount.longValue();
	}

	/** The working seconds left after the whole days: the fraction of a day, or all the hours. */
	long restSeconds() {
		if (unit == ProcessingTimeUnit.WORKING_HOURS) {
			return Math.round(amount.doubleValue() * 3600);
		}
		return Math.round((amount.doubleValue() - wholeDays()) * SECONDS_A_DAY);
	}
}
