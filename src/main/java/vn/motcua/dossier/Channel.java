package vn.motcua.dossier;

/** How a dossier reached the agency, with the national portal's channel code (KenhThucHien). */
public enum Channel {
	/** Trực tiếp: at the one-stop desk. */
	COUNTER(1),
	/** Trực tuyến. */
	ONLINE(2),
	/** Bưu chính công ích. */
	POST(3);

	private final int nationalCode;

	Channel(int nationalCode) {
		this.nationalCode = nationalCode;
	}

	public int nationalCode() {
		return nationalCode;
	}
}
