package vn.motcua.consultation.survey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Counts a survey's answers in the database, per area, so that no response is loaded to count it. */
@Component
class SurveyResultsQuery {

	/** The free-text answers an officer's page lists, the newest first; the CSV export holds them all. */
	static final int MAX_TEXTS = 1000;

	private final JdbcClient jdbc;

	SurveyResultsQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	SurveyResults results(Survey survey, boolean withTexts) {
		Map<String, Long> responses = new LinkedHashMap<>();
		jdbc.sql("SELECT area, COUNT(*) AS n FROM survey_response WHERE survey_id = ? GROUP BY area")
			.param(survey.id())
			.query((rs, row) -> responses.put(rs.getString("area"), rs.getLong("n")))
			.list();
		List<SurveyResults.ChoiceCount> choices = jdbc.sql("""
				SELECT r.area, a.position, a.choice, COUNT(*) AS n FROM survey_answer a
				JOIN survey_response r ON r.id = a.response_id
				WHERE r.survey_id = ? AND a.choice IS NOT NULL GROUP BY r.area, a.position, a.choice""")
			.param(survey.id())
			.query((rs, row) -> new SurveyResults.ChoiceCount(rs.getString("area"), rs.getInt("position"),
					rs.getInt("choice"), rs.getLong("n")))
			.list();
		List<SurveyResults.AnsweredCount> answered = jdbc.sql("""
				SELECT r.area, a.position, COUNT(DISTINCT a.response_id) AS n FROM survey_answer a
				JOIN survey_response r ON r.id = a.response_id
				WHERE r.survey_id = ? GROUP BY r.area, a.position""")
			.param(survey.id())
			.query((rs, row) -> new SurveyResults.AnsweredCount(rs.getString("area"), rs.getInt("position"),
					rs.getLong("n")))
			.list();
		List<SurveyResults.TextAnswer> texts = !withTexts ? List.of() : jdbc.sql("""
				SELECT r.area, a.position, a.text_answer FROM survey_answer a
				JOIN survey_response r ON r.id = a.response_id
				WHERE r.survey_id = ? AND a.text_answer IS NOT NULL
				ORDER BY r.received_on DESC, r.id FETCH FIRST ? ROWS ONLY""")
			.params(survey.id(), MAX_TEXTS)
			.query((rs, row) -> new SurveyResults.TextAnswer(rs.getString("area"), rs.getInt("position"),
					rs.getString("text_answer")))
			.list();
		return SurveyResults.of(survey, responses, choices, answered, texts, withTexts);
	}
}
