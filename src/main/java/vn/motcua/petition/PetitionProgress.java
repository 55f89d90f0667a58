package vn.motcua.petition;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/**
 * Where a petition stands, as whoever holds its code may see it: never its content or sender, and
 * its answer only as {@link PetitionManagement#progress} lets this reader read it. Times are
 * Vietnam's local time, as in a dossier's status look-up.
 *
 * @param dueAt the due time of the step the petition waits for, null when nothing is due
 * @param answer the answer this reader may read, null when there is none or it is not for them
 * @param answerWithheld whether there is an answer for the petitioner alone, and this reader has not
 *        shown to be the petitioner
 */
public record PetitionProgress(String code, PetitionKind kind, PetitionStatus status, LocalDateTime receivedAt,
		@Nullable LocalDateTime dueAt, @Nullable String answer, boolean answerWithheld) {

	static PetitionProgress of(Petition petition, @Nullable String answer) {
		return new PetitionProgress(petition.code(), petition.kind(), petition.status(),
				PetitionManagement.local(petition.receivedAt()), petition.nextDueAt(), answer,
				answer == null && petition.answer() != null);
	}
}
