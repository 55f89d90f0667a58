package vn.motcua.dossier;

/** Whose work a queue shows: the signed-in officer's own, or a unit head's view of the unit. */
public enum QueueScope {
	MINE,
	UNIT
}
