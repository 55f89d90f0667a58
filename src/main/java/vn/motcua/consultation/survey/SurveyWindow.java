package vn.motcua.consultation.survey;

import java.time.Instant;
import java.time.LocalDate;

import vn.motcua.shared.VietnamTime;

/**
 * When an opened survey takes responses: from 00:00 of its opening day to the end of its closing day,
 * Vietnam's time, whatever the server's time zone.
 */
public record SurveyWindow(LocalDate opensOn, LocalDate closesOn) {

	public boolean includes(Instant now) {
		LocalDate today = LocalDate.ofInstant(now, VietnamTime.ZONE);
		return !today.isBefore(opensOn) && !today.isAfter(closesOn);
	}

	public boolean isOver(Instant now) {
		return LocalDate.ofInstant(now, VietnamTime.ZONE).isAfter(closesOn);
	}
}
