package vn.motcua.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import vn.motcua.shared.VietnamTime;

/**
 * The posting period: from the first day's 00:00 to the end of the last day, Vietnam's time. Its
 * length counts calendar days with both ends included (1 to 30 June is 30 days), weekends and
 * holidays too: that is how long the publication stays posted.
 */
public record PostingPeriod(LocalDate postedFrom, LocalDate postedUntil) {

	public long days() {
		return ChronoUnit.DAYS.between(postedFrom, postedUntil) + 1;
	}

	/** Whether it has started by then (a publication is shown to the public from its first day). */
	public boolean startedAt(Instant instant) {
		return !today(instant).isBefore(postedFrom);
	}

	public boolean postedAt(Instant instant) {
		return startedAt(instant) && !endedAt(instant);
	}

	public boolean endedAt(Instant instant) {
		return today(instant).isAfter(postedUntil);
	}

	private static LocalDate today(Instant instant) {
		return LocalDate.ofInstant(instant, VietnamTime.ZONE);
	}
}
