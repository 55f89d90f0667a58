package vn.motcua.consultation.survey;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The responses and who has responded. A response row holds its area, channel and day only; the
 * record that an account responded is kept apart, without a link to its response or a time.
 */
@Component
class SurveyResponses {

	private final JdbcClient jdbc;

	SurveyResponses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A random id, not a time-ordered one, which would tell when the response came. */
	UUID insert(UUID surveyId, String area, SurveyChannel channel, LocalDate receivedOn, List<SurveyAnswer> answers) {
		UUID id = UUID.randomUUID();
		jdbc.sql("INSERT INTO survey_response (id, survey_id, area, channel, received_on) VALUES (?, ?, ?, ?, ?)")
			.params(id, surveyId, area, channel.name(), receivedOn)
			.update();
		for (SurveyAnswer answer : answers) {
			if (answer.text() != null) {
				insertAnswer(id, answer.position(), null, answer.text());
			}
			for (int choice : answer.choices()) {
				insertAnswer(id, answer.position(), choice, null);
			}
		}
		return id;
	}

	private void insertAnswer(UUID responseId, int position, @Nullable Integer choice, @Nullable String text) {
		jdbc.sql("INSERT INTO survey_answer (response_id, position, choice, text_answer) VALUES (?, ?, ?, ?)")
			.params(responseId, position, choice, text)
			.update();
	}

	/**
	 * Records that the account responded, in the caller's transaction; a second time fails on the key,
	 * also when two responses of one account come at once.
	 */
	void recordRespondent(UUID surveyId, UUID accountId) {
		jdbc.sql("INSERT INTO survey_respondent (survey_id, account_id) VALUES (?, ?)").params(surveyId, accountId).update();
	}

	boolean hasResponded(UUID surveyId, UUID accountId) {
		return jdbc.sql("SELECT COUNT(*) FROM survey_respondent WHERE survey_id = ? AND account_id = ?")
			.params(surveyId, accountId).query(Integer.class).single() > 0;
	}

}
