package vn.motcua.catalog;

/** How far a procedure is offered online: end to end (toàn trình), in part (một phần) or not at all. */
public enum OnlineLevel {
	FULL,
	PARTIAL,
	NONE
}
