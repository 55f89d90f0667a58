package vn.motcua.disclosure;

import java.time.LocalDate;
import java.util.UUID;

import vn.motcua.shared.PersonalData;

/** A line of a list of publications, with its agency's code. */
public record DisclosureSummary(UUID id, String agencyCode, String title, String category, DisclosureAudience audience,
		DisclosureStatus status, LocalDate postedFrom, LocalDate postedUntil) {

	public PostingPeriod period() {
		return new PostingPeriod(postedFrom, postedUntil);
	}

	/**
	 * The line as a reader who does not prepare publications reads it: a draft's title with its contacts
	 * masked, as on the draft's page (decision 0031), since nobody has confirmed publishing it.
	 */
	DisclosureSummary asReadByNonPreparer() {
		return status != DisclosureStatus.DRAFT ? this
				: new DisclosureSummary(id, agencyCode, PersonalData.maskContactsIn(title), category, audience, status,
						postedFrom, postedUntil);
	}
}
