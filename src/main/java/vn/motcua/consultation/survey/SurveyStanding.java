package vn.motcua.consultation.survey;

import java.time.Instant;

/** Where a survey stands at a moment, as a respondent sees it: why it does or does not take a response. */
public enum SurveyStanding {
	PREPARING, NOT_YET_OPEN, OPEN, CLOSED;

	/** An opened survey stands by its window: closed early, or not yet, or no longer taking responses. */
	static SurveyStanding of(SurveyStatus status, SurveyWindow window, Instant now) {
		return switch (status) {
			case PREPARING -> PREPARING;
			case CLOSED -> CLOSED;
			case OPEN -> window.isOver(now) ? CLOSED : window.includes(now) ? OPEN : NOT_YET_OPEN;
		};
	}
}
