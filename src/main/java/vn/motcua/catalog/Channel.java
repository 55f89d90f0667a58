package vn.motcua.catalog;

/**
 * How a dossier may be submitted: online, at the one-stop desk, or by public postal service, with
 * the national portal's channel code (KenhThucHien: 1 in person, 2 online, 3 public postal service).
 */
public enum Channel {
	ONLINE(2),
	COUNTER(1),
	POST(3);

	private final int nationalCode;

	Channel(int nationalCode) {
		this.nationalCode = nationalCode;
	}

	/** The channel code of the national portal's synchronisation catalogue. */
	public int nationalCode() {
		return nationalCode;
	}
}
