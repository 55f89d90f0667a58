package vn.motcua.petition;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A petition as sent or as an officer recorded it.
 *
 * @param concerning the person accused (denunciation) or the decision or act complained of (complaint)
 * @param accountId the signed-in petitioner's account, if any
 * @param receptionRecordId the reception record it was opened from, if any
 * @param attachmentName the file's name; with {@code attachment}, an optional scan
 * @param agencyCode the agency the petition is addressed to; the home agency when null (decision 0047)
 */
public record PetitionSubmission(PetitionKind kind, PetitionChannel channel, String title, String content,
		@Nullable String concerning, @Nullable String name, @Nullable String address, @Nullable String phone,
		@Nullable String email, @Nullable String sectorCode, @Nullable String procedureCode,
		@Nullable String dossierCode, @Nullable UUID accountId, @Nullable UUID receptionRecordId,
		@Nullable String attachmentName, byte @Nullable [] attachment, @Nullable String agencyCode) {

	/** A petition to the home agency. */
	public PetitionSubmission(PetitionKind kind, PetitionChannel channel, String title, String content,
			@Nullable String concerning, @Nullable String name, @Nullable String address, @Nullable String phone,
			@Nullable String email, @Nullable String sectorCode, @Nullable String procedureCode,
			@Nullable String dossierCode, @Nullable UUID accountId, @Nullable UUID receptionRecordId,
			@Nullable String attachmentName, byte @Nullable [] attachment) {
		this(kind, channel, title, content, concerning, name, address, phone, email, sectorCode, procedureCode,
				dossierCode, accountId, receptionRecordId, attachmentName, attachment, null);
	}

	/** A copy without the attachment, as read back from the form for a second try. */
	public PetitionSubmission withAccount(@Nullable UUID account) {
		return new PetitionSubmission(kind, channel, title, content, concerning, name, address, phone, email,
				sectorCode, procedureCode, dossierCode, account, receptionRecordId, attachmentName, attachment,
				agencyCode);
	}
}
