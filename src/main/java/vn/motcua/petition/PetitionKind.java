package vn.motcua.petition;

import java.util.List;

/** What a petition is, and so which law rules its content and times (legal-rules §7, §8). */
public enum PetitionKind {

	/** Phản ánh on an administrative regulation (ND 20/2008). */
	FEEDBACK(List.of(Field.NAME, Field.ADDRESS, Field.CONTACT), true),
	/** Kiến nghị on an administrative regulation (ND 20/2008). */
	PROPOSAL(List.of(Field.NAME, Field.ADDRESS, Field.CONTACT), true),
	/** Hỏi đáp: a question whose answer may be published. */
	QUESTION(List.of(Field.NAME, Field.CONTACT), true),
	/** Khiếu nại (Luật Khiếu nại 2011): against a decision or act. */
	COMPLAINT(List.of(Field.NAME, Field.ADDRESS, Field.CONTACT, Field.CONCERNING), false),
	/** Tố cáo (Luật Tố cáo 2018): the denouncer's identity is secret. */
	DENUNCIATION(List.of(Field.NAME, Field.ADDRESS, Field.CONTACT, Field.CONCERNING), false),
	/** Kiến nghị cử tri, from a voter meeting. */
	VOTER_PETITION(List.of(Field.NAME), false);

	/** The parts of a petition that a kind may require. */
	public enum Field {
		NAME, ADDRESS, CONTACT, CONCERNING, TITLE, CONTENT
	}

	private final List<Field> required;
	private final boolean publishable;

	PetitionKind(List<Field> required, boolean publishable) {
		this.required = required;
		this.publishable = publishable;
	}

	/** What the law requires of the petitioner besides a title and the content. */
	public List<Field> required() {
		return required;
	}

	/** Whether its answer may appear on the public questions and answers page. */
	public boolean publishable() {
		return publishable;
	}

	/** Whether the petitioner's identity is secret (Luật Tố cáo Art. 9, 56). */
	public boolean identitySecret() {
		return this == DENUNCIATION;
	}
}
