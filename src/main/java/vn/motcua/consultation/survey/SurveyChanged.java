package vn.motcua.consultation.survey;

import java.time.Instant;
import java.util.UUID;

import vn.motcua.shared.Actor;
import vn.motcua.shared.AuditableEvent;

/**
 * A survey was prepared, its settings or questionnaire changed, or it was opened, extended or closed;
 * the audit trail records it.
 *
 * @param change the step: {@code prepared}, {@code settings-changed}, {@code questionnaire-changed},
 *        {@code opened}, {@code extended} or {@code closed}
 */
public record SurveyChanged(Actor actor, Instant occurredAt, UUID surveyId, String agencyCode, SurveyStatus status,
		String change) implements AuditableEvent {

	@Override
	public String action() {
		return "survey." + change;
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
		return "Survey " + surveyId + " " + change + ", now " + status;
	}
}
