package vn.motcua.catalog;

/** How a dossier may be submitted: online, at the one-stop desk, or by public postal service. */
public enum Channel {
	ONLINE,
	COUNTER,
	POST
}
