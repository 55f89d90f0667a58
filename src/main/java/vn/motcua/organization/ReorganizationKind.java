package vn.motcua.organization;

/** How units were reorganised: several merged into one, or one split into several. */
public enum ReorganizationKind {
	/** Sáp nhập, hợp nhất: the merged units end, their successor takes their officers and work. */
	MERGE,
	/** Chia tách: the unit ends, its officers and work are divided among its successors. */
	SPLIT
}
