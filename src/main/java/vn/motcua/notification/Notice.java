package vn.motcua.notification;

import java.util.List;

/** What a message announces: one template per notice, channel and language. */
public enum Notice {
	/** The applicant submitted a dossier (online or by post), before the desk decides. */
	DOSSIER_SUBMITTED(List.of("applicant", "code", "procedure", "link")),
	/** The desk accepted the dossier: its code and the appointment to return the result. */
	DOSSIER_ACCEPTED(List.of("applicant", "code", "procedure", "appointment", "link")),
	/** Documents are missing (at receipt or during processing), named in the reason. */
	SUPPLEMENT_REQUESTED(List.of("applicant", "code", "procedure", "reason", "link")),
	/** Fees are due during processing, named in the reason; the processing time stands still until paid. */
	FEES_REQUESTED(List.of("applicant", "code", "procedure", "reason", "link")),
	/** Processing stopped for good (dừng giải quyết), with the reason. */
	DOSSIER_STOPPED(List.of("applicant", "code", "procedure", "reason", "link")),
	/**
	 * The dossier was refused, at receipt (Mẫu 03) or during processing (its written refusal is then the
	 * result), with the reason; the link leads to the refusal slip.
	 */
	DOSSIER_REFUSED(List.of("applicant", "code", "procedure", "reason", "link")),
	/** The agency apologises for the delay and sets a new date (Mẫu 04). */
	APOLOGY_ISSUED(List.of("applicant", "code", "procedure", "reason", "appointment", "link")),
	/** Processing is over: the result waits to be returned. */
	RESULT_READY(List.of("applicant", "code", "procedure", "link")),
	/** The result was returned (handed over, sent online or by post). */
	RESULT_RETURNED(List.of("applicant", "code", "procedure", "reason", "link")),
	/** A petition (feedback, proposal, question, complaint, denunciation) was answered. */
	PETITION_ANSWERED(List.of("code", "title", "link")),
	/**
	 * An appointment at the counter was booked: its code, time and place, and the link (with the
	 * appointment's key) to read or cancel it.
	 */
	APPOINTMENT_BOOKED(List.of("applicant", "code", "appointment", "place", "link")),
	/** The appointment at the counter is near (the day before), with the same link. */
	APPOINTMENT_REMINDER(List.of("applicant", "code", "appointment", "place", "link")),
	/**
	 * The link to choose a new password, asked for on the sign-in page's "forgot your password", to the
	 * account's own e-mail address and phone.
	 */
	PASSWORD_RESET(List.of("applicant", "link")),
	/**
	 * The account's password was changed (by its holder, through a reset link or by an administrator), with
	 * the link to choose it again for a holder who did not.
	 */
	PASSWORD_CHANGED(List.of("applicant", "link")),
	/**
	 * The appointment at the counter was cancelled (by whoever held its link): the booker learns it, and, if
	 * they did not cancel it, that someone else has their link; the link shows the cancelled appointment.
	 */
	APPOINTMENT_CANCELLED(List.of("applicant", "code", "appointment", "place", "link")),
	/** The link of the appointment at the counter, sent again to its booker who asked for it (a lost link). */
	APPOINTMENT_LINK(List.of("applicant", "code", "appointment", "place", "link")),
	/** To the officer holding a step, some time before the step is due. */
	STEP_DUE_SOON(List.of("officer", "code", "procedure", "step", "appointment", "link"));

	private final List<String> placeholders;

	Notice(List<String> placeholders) {
		this.placeholders = placeholders;
	}

	/** The placeholders ({@code {code}}, …) a template of this notice may use. */
	public List<String> placeholders() {
		return placeholders;
	}
}
