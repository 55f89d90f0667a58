package vn.motcua.petition;

/** How a petition reached the agency (the channels the source documents name). */
public enum PetitionChannel {
	WEB_FORM, HOTLINE, EMAIL, LETTER, RECEPTION_DAY, VOTER_MEETING, BUSINESS_DIALOGUE, FIELD_TRIP;

	/** Whether only an officer records petitions of this channel (everything but the public form). */
	public boolean recordedByOfficer() {
		return this != WEB_FORM;
	}
}
