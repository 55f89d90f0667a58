package vn.motcua.consultation;

/** The kind of rule a draft would become; the minimum comment period may differ per kind. */
public enum DraftDocumentType {
	/** Quyết định. */
	DECISION,
	/** Chỉ thị. */
	DIRECTIVE,
	/** Kế hoạch. */
	PLAN,
	/** Quy chế. */
	REGULATION,
	OTHER
}
