package vn.motcua.counter;

/** Where an appointment stands. */
public enum AppointmentStatus {
	BOOKED, CANCELLED
}
