package vn.motcua.dossier;

/**
 * The statuses of a dossier, each with its code in the national public service portal's
 * synchronisation catalogue (legal-rules §1.3), which reports and synchronisation use.
 */
public enum DossierStatus {
	/** Mới đăng ký: submitted online or by post, waiting for the desk's decision. */
	SUBMITTED(1),
	/** Được tiếp nhận. */
	RECEIVED(2),
	/** Không được tiếp nhận: refused at receipt. */
	NOT_RECEIVED(3),
	/** Đang xử lý. */
	IN_PROGRESS(4),
	/** Yêu cầu bổ sung giấy tờ: the clock pauses. */
	SUPPLEMENT_REQUESTED(5),
	/** Yêu cầu thực hiện nghĩa vụ tài chính: the clock pauses. */
	PAYMENT_REQUESTED(6),
	/** Công dân yêu cầu rút hồ sơ. */
	WITHDRAWN(7),
	/** Dừng xử lý. */
	STOPPED(8),
	/** Đã xử lý xong. */
	PROCESSED(9),
	/** Đã trả kết quả. */
	RETURNED(10);

	private final int nationalCode;

	DossierStatus(int nationalCode) {
		this.nationalCode = nationalCode;
	}

	/** The status code of the national portal's catalogue (1–10). */
	public int nationalCode() {
		return nationalCode;
	}

	/** Whether the handling of the dossier has ended, with or without a result. */
	public boolean isFinal() {
		return this == NOT_RECEIVED || this == WITHDRAWN || this == STOPPED || this == RETURNED;
	}
}
