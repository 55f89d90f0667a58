package vn.motcua.petition;

/** Where a petition stands. */
public enum PetitionStatus {
	/** Received and logged; to be accepted, refused or forwarded. */
	RECEIVED,
	/** Accepted for handling (thụ lý); the resolution clock runs. */
	ACCEPTED,
	/** Refused, with reasons. */
	REFUSED,
	/** Outside the agency's competence: forwarded to the competent body. */
	FORWARDED,
	/** Answered (trả lời, giải quyết). */
	ANSWERED,
	/** Closed (kết thúc). */
	CLOSED;

	public boolean open() {
		return this == RECEIVED || this == ACCEPTED;
	}
}
