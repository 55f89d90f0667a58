package vn.motcua.petition;

import java.time.Instant;
import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

import vn.motcua.shared.PersonalData;

/**
 * A petition as a list shows it (the officers' queue, the export, the petitioner's own list): read
 * with the other lines in one query, without the history a whole petition brings. A denunciation's
 * identity is never in it ({@code identity} null, {@link #redacted()} true), whoever reads the list.
 *
 * @param dueAt the due time of the step the petition waits for, null when nothing is due
 */
public record PetitionSummary(String code, PetitionKind kind, PetitionChannel channel, PetitionStatus status,
		String title, Instant receivedAt, @Nullable LocalDateTime dueAt, @Nullable String sectorCode,
		@Nullable String handlerName, @Nullable Petitioner identity, @Nullable String answer,
		@Nullable LocalDateTime answeredAt) {

	/** The summary of a whole petition, as a list would read it. */
	public static PetitionSummary of(Petition petition) {
		return new PetitionSummary(petition.code(), petition.kind(), petition.channel(), petition.status(),
				petition.title(), petition.receivedAt(), petition.nextDueAt(), petition.sectorCode(),
				petition.handlerName(), shown(petition.kind(), petition.petitioner()), petition.answer(),
				petition.answeredAt());
	}

	/**
	 * The summary as the People's Inspection Board reads it: the petitioner's contacts masked, and those
	 * typed in the title and the answer (decision 0031).
	 */
	PetitionSummary withContactsMasked() {
		return new PetitionSummary(code, kind, channel, status, PersonalData.maskContactsIn(title), receivedAt, dueAt,
				sectorCode, handlerName, identity == null ? null : identity.withContactsMasked(),
				answer == null ? null : PersonalData.maskContactsIn(answer), answeredAt);
	}

	/** The identity a list may show: none for a denunciation. */
	static @Nullable Petitioner shown(PetitionKind kind, Petitioner petitioner) {
		return kind.identitySecret() ? null : petitioner;
	}

	/** Whether the identity is left out because it is a denunciation's. */
	public boolean redacted() {
		return kind.identitySecret();
	}
}
