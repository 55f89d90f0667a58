package vn.motcua.catalog;

/** A version is a draft, edited freely, until it is announced; then it never changes. */
public enum VersionStatus {
	DRAFT,
	ANNOUNCED
}
