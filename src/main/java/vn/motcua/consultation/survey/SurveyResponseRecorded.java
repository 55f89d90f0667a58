package vn.motcua.consultation.survey;

import java.time.Instant;
import java.util.UUID;

import vn.motcua.shared.Actor;
import vn.motcua.shared.AuditableEvent;

/**
 * A response to a survey was recorded: answered online, or a paper form entered by an officer. It
 * names neither the response nor its answers, and online not who answered ({@link Actor#ANONYMOUS}
 * even for a signed-in respondent): the trail's time must not tie a response's content to an account.
 */
public record SurveyResponseRecorded(Actor actor, Instant occurredAt, UUID surveyId, SurveyChannel channel)
		implements AuditableEvent {

	@Override
	public String action() {
		return channel == SurveyChannel.PAPER ? "survey.paper-form-entered" : "survey.response-recorded";
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
		return "A response to survey " + surveyId + " (" + channel + ")";
	}
}
