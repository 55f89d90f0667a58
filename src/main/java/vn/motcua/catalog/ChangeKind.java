package vn.motcua.catalog;

/** What an announcing decision does to a procedure: công bố, sửa đổi, thay thế, bãi bỏ. */
public enum ChangeKind {
	ANNOUNCE,
	AMEND,
	REPLACE,
	ABOLISH
}
