package vn.motcua.petition;

import org.jspecify.annotations.Nullable;

/**
 * A petition as one reader may see it. For a denunciation read by anyone but its handler and the
 * agency leader, {@code identity} is null and {@code redacted} true: pages, the API and exports
 * all show this view, never the petition's own identity. For a reader who does not handle the
 * agency's petitions (the People's Inspection Board), {@code contactsMasked} is true and the identity
 * is the name with the contacts masked (decision 0031).
 */
public record PetitionView(Petition petition, @Nullable Petitioner identity, boolean redacted,
		boolean contactsMasked) {

	/** The view of a reader who handles petitions: the identity whole, or none ({@code redacted}). */
	PetitionView(Petition petition, @Nullable Petitioner identity, boolean redacted) {
		this(petition, identity, redacted, false);
	}

	/**
	 * Whether the reader only reads the petition (does not handle the agency's petitions: the People's
	 * Inspection Board), so is offered none of the actions on it, each of which they would be refused.
	 */
	public boolean readOnly() {
		return contactsMasked;
	}

	/**
	 * Whether the attachment may be downloaded: a scan may show a denouncer's handwriting, and any
	 * petitioner's address and phone, which the People's Inspection Board does not read.
	 */
	public boolean attachmentVisible() {
		return petition.attachmentName() != null && !redacted && !contactsMasked;
	}
}
