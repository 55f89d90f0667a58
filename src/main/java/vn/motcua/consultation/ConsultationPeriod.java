package vn.motcua.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import vn.motcua.shared.VietnamTime;

/**
 * The comment period: from the opening day's 00:00 to the end of the closing day, Vietnam's time.
 * Its length is counted in calendar days, weekends and holidays included (legal-rules §11).
 */
public record ConsultationPeriod(LocalDate opensOn, LocalDate closesOn) {

	/** Calendar days from the opening date to the closing date (closing date − opening date). */
	public long days() {
		return ChronoUnit.DAYS.between(opensOn, closesOn);
	}

	public boolean takesCommentsAt(Instant instant) {
		LocalDate today = LocalDate.ofInstant(instant, VietnamTime.ZONE);
		return !today.isBefore(opensOn) && !today.isAfter(closesOn);
	}

	public boolean notYetOpenAt(Instant instant) {
		return LocalDate.ofInstant(instant, VietnamTime.ZONE).isBefore(opensOn);
	}

	public boolean closedAt(Instant instant) {
		return LocalDate.ofInstant(instant, VietnamTime.ZONE).isAfter(closesOn);
	}

	/** Days left to comment, the closing day included: 1 on the closing day, 0 once closed. */
	public long daysLeftAt(Instant instant) {
		LocalDate today = LocalDate.ofInstant(instant, VietnamTime.ZONE);
		LocalDate from = today.isBefore(opensOn) ? opensOn : today;
		return Math.max(0, ChronoUnit.DAYS.between(from, closesOn) + 1);
	}
}
