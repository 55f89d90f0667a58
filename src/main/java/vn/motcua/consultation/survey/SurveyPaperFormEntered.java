package vn.motcua.consultation.survey;

import java.time.Instant;
import java.util.UUID;

import vn.motcua.shared.Actor;
import vn.motcua.shared.AuditableEvent;

/**
 * An officer entered a paper form: the officer answers for what was typed in, so the entry names them.
 * It names neither the response nor its answers, and the day's tally writes the response again under a
 * new id, so that the entry's time no longer points at it (decision 0024). A response answered online
 * has no entry of its own: its day's tally records it ({@link SurveyResponsesTallied}). The survey's agency's
 * People's Inspection Board reads the entry (decision 0051).
 */
public record SurveyPaperFormEntered(Actor actor, Instant occurredAt, UUID surveyId, String agencyCode)
		implements AuditableEvent {

	@Override
	public String action() {
		return "survey.paper-form-entered";
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
		return "A paper form of survey " + surveyId + " entered";
	}
}
