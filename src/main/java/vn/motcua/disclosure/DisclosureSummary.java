package vn.motcua.disclosure;

import java.time.LocalDate;
import java.util.UUID;

/** A line of a list of publications, with its agency's code. */
public record DisclosureSummary(UUID id, String agencyCode, String title, String category, DisclosureAudience audience,
		DisclosureStatus status, LocalDate postedFrom, LocalDate postedUntil) {

	public PostingPeriod period() {
		return new PostingPeriod(postedFrom, postedUntil);
	}
}
