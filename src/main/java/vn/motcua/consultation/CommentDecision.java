package vn.motcua.consultation;

/** How a comment was taken up in the final text. */
public enum CommentDecision {
	/** Tiếp thu. */
	ACCEPTED,
	/** Tiếp thu một phần. */
	PARTLY_ACCEPTED,
	/** Giải trình: not taken up, with the reason. */
	EXPLAINED
}
