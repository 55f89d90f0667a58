package vn.motcua.counter;

/** Where a queue ticket stands: waiting, called to the desk, then served or absent when called. */
public enum QueueTicketStatus {
	WAITING, CALLED, SERVED, ABSENT
}
