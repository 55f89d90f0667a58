package vn.motcua.notification;

/** Where a message stands in its delivery. */
public enum MessageStatus {
	/** Waiting for the worker. */
	QUEUED,
	/** Accepted by the SMTP server or the SMS gateway. */
	SENT,
	/** The server or gateway refused for now; the worker tries again later (back-off). */
	TEMPORARY_FAILURE,
	/** It will never go through as it is (bad address, too many attempts); an administrator may resend it. */
	PERMANENT_FAILURE;

	public boolean isFailure() {
		return this == TEMPORARY_FAILURE || this == PERMANENT_FAILURE;
	}
}
