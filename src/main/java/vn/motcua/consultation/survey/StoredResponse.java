package vn.motcua.consultation.survey;

import java.time.LocalDate;
import java.util.List;

/** A response as stored: its area, channel and day, and its answers by position (none for a question left blank). */
public record StoredResponse(String area, SurveyChannel channel, LocalDate receivedOn, List<SurveyAnswer> answers) {

	public StoredResponse {
		answers = List.copyOf(answers);
	}

	/** The response with the contacts typed in its free-text answers masked ({@link SurveyAnswer#withContactsMasked}). */
	StoredResponse withContactsInTextsMasked() {
		return new StoredResponse(area, channel, receivedOn,
				answers.stream().map(SurveyAnswer::withContactsMasked).toList());
	}
}
