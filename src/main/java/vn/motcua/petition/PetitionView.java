package vn.motcua.petition;

import org.jspecify.annotations.Nullable;

/**
 * A petition as one reader may see it. For a denunciation read by anyone but its handler and the
 * agency leader, {@code identity} is null and {@code redacted} true: pages, the API and exports
 * all show this view, never the petition's own identity.
 */
public record PetitionView(Petition petition, @Nullable Petitioner identity, boolean redacted) {

	/** Whether the attachment (a scan that may show the handwriting) may be downloaded. */
	public boolean attachmentVisible() {
		return petition.attachmentName() != null && !redacted;
	}
}
