package vn.motcua.consultation.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import vn.motcua.shared.Actor;
import vn.motcua.shared.AuditableEvent;

/**
 * The audit trail's record of a survey's responses of one day, written once the day is over: one entry
 * for the day instead of one per response, whose time and place in the trail would tell when each
 * response came (decision 0024).
 *
 * @param online how many of the day's responses were answered online (each paper form has its own entry)
 * @param all every response of the day, paper forms included, written again under new ids
 * @param digest SHA-256 of the day's responses in the order of their new ids, so that a later change to
 *        them shows
 * @param agencyCode the survey's agency, whose People's Inspection Board reads the entry (decision 0051)
 */
public record SurveyResponsesTallied(Instant occurredAt, UUID surveyId, String agencyCode, LocalDate day, long online,
		long all, String digest) implements AuditableEvent {

	@Override
	public Actor actor() {
		return Actor.SYSTEM;
	}

	@Override
	public String action() {
		return "survey.responses-tallied";
	}

	@Override
	public String recordType() {
		return "Survey";
	}

	@Override
	public String recordId() {
		return surveyId.toString();
	}

	@Override
	public String summary() {
		return "Survey " + surveyId + ": " + online + " responses online on " + day + ", " + all
				+ " in all written again under new ids (SHA-256 " + digest + ")";
	}
}
