package vn.motcua.consultation.survey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
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

	/**
	 * Each response of the survey with its answers, as the rows are read, so that no export holds them
	 * all: the rows come ordered by response, and a response is handed on when the next one begins.
	 */
	void each(UUID surveyId, Consumer<StoredResponse> each) {
		Gathered gathered = new Gathered(each);
		jdbc.sql("""
				SELECT r.id, r.area, r.channel, r.received_on, a.position, a.choice, a.text_answer
				FROM survey_response r LEFT JOIN survey_answer a ON a.response_id = r.id
				WHERE r.survey_id = ? ORDER BY r.received_on, r.id, a.position, a.choice""")
			.param(surveyId)
			.query(gathered);
		gathered.handOn();
	}

	/** Gathers the rows of one response (one per choice or text) into its answers. */
	private static final class Gathered implements RowCallbackHandler {

		private final Consumer<StoredResponse> each;
		private final List<SurveyAnswer> answers = new ArrayList<>();
		private @Nullable UUID id;
		private @Nullable StoredResponse response;

		Gathered(Consumer<StoredResponse> each) {
			this.each = each;
		}

		@Override
		public void processRow(ResultSet row) throws SQLException {
			UUID rowId = row.getObject("id", UUID.class);
			if (!rowId.equals(id)) {
				handOn();
				id = rowId;
				response = new StoredResponse(row.getString("area"), SurveyChannel.valueOf(row.getString("channel")),
						row.getObject("received_on", LocalDate.class), List.of());
			}
			int position = row.getInt("position");
			if (!row.wasNull()) {
				add(position, row.getObject("choice", Integer.class), row.getString("text_answer"));
			}
		}

		/** A choice joins the answer's others; a text is the answer. */
		private void add(int position, @Nullable Integer choice, @Nullable String text) {
			SurveyAnswer last = answers.isEmpty() ? null : answers.get(answers.size() - 1);
			if (last != null && last.position() == position && choice != null) {
				List<Integer> choices = new ArrayList<>(last.choices());
				choices.add(choice);
				answers.set(answers.size() - 1, new SurveyAnswer(position, choices, null));
			}
			else {
				answers.add(new SurveyAnswer(position, choice == null ? List.of() : List.of(choice), text));
			}
		}

		void handOn() {
			if (response != null) {
				each.accept(new StoredResponse(response.area(), response.channel(), response.receivedOn(), answers));
				answers.clear();
				response = null;
			}
		}
	}

	boolean hasResponded(UUID surveyId, UUID accountId) {
		return jdbc.sql("SELECT COUNT(*) FROM survey_respondent WHERE survey_id = ? AND account_id = ?")
			.params(surveyId, accountId).query(Integer.class).single() > 0;
	}

}
