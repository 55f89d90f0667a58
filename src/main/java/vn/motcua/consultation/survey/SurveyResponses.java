package vn.motcua.consultation.survey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
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

	/**
	 * UUIDs byte by byte without sign, as both databases order them: the day is stored in the order in
	 * which {@code ORDER BY id} reads it, so that its order is that of ids drawn at random.
	 */
	private static final Comparator<UUID> AS_THE_DATABASE_ORDERS = Comparator
		.comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
		.thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

	private final JdbcClient jdbc;

	SurveyResponses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A random id, not a time-ordered one, which would tell when the response came. */
	UUID insert(UUID surveyId, String area, SurveyChannel channel, LocalDate receivedOn, List<SurveyAnswer> answers) {
		UUID id = UUID.randomUUID();
		insert(id, surveyId, new StoredResponse(area, channel, receivedOn, answers));
		return id;
	}

	private void insert(UUID id, UUID surveyId, StoredResponse response) {
		jdbc.sql("INSERT INTO survey_response (id, survey_id, area, channel, received_on) VALUES (?, ?, ?, ?, ?)")
			.params(id, surveyId, response.area(), response.channel().name(), response.receivedOn())
			.update();
		for (SurveyAnswer answer : response.answers()) {
			if (answer.text() != null) {
				insertAnswer(id, answer.position(), null, answer.text());
			}
			for (int choice : answer.choices()) {
				insertAnswer(id, answer.position(), choice, null);
			}
		}
	}

	/**
	 * Writes the day's responses of the survey again, under new random ids and in the order of those
	 * ids, in the caller's transaction; returns them in that order with their new ids. Rows are stored
	 * in the order they were written, and on PostgreSQL each carries its transaction's number: written
	 * again together, they no longer tell which came first, nor when, nor which response an id handed
	 * out or a submission key names (decision 0024).
	 */
	SortedMap<UUID, StoredResponse> rewriteDay(UUID surveyId, LocalDate day) {
		SortedMap<UUID, StoredResponse> rewritten = new TreeMap<>(AS_THE_DATABASE_ORDERS);
		gather("r.survey_id = ? AND r.received_on = ?", List.of(surveyId, day),
				response -> rewritten.put(UUID.randomUUID(), response));
		jdbc.sql("""
				DELETE FROM survey_answer WHERE response_id IN
				(SELECT id FROM survey_response WHERE survey_id = ? AND received_on = ?)""")
			.params(surveyId, day).update();
		jdbc.sql("DELETE FROM survey_response WHERE survey_id = ? AND received_on = ?").params(surveyId, day).update();
		rewritten.forEach((id, response) -> insert(id, surveyId, response));
		return rewritten;
	}

	/**
	 * Writes the survey's respondent records again in the order of their accounts' ids, in the caller's
	 * transaction: written with each response, they came in the responses' order (decision 0024).
	 */
	void rewriteRespondents(UUID surveyId) {
		List<UUID> accounts = jdbc.sql("SELECT account_id FROM survey_respondent WHERE survey_id = ? ORDER BY account_id")
			.param(surveyId).query(UUID.class).list();
		// each one read, not all of the survey's: one recorded meanwhile is kept, or its account could respond again
		for (UUID account : accounts) {
			jdbc.sql("DELETE FROM survey_respondent WHERE survey_id = ? AND account_id = ?").params(surveyId, account)
				.update();
		}
		accounts.forEach(account -> recordRespondent(surveyId, account));
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
		gather("r.survey_id = ?", List.of(surveyId), each);
	}

	private void gather(String condition, List<Object> params, Consumer<StoredResponse> each) {
		Gathered gathered = new Gathered(each);
		jdbc.sql("""
				SELECT r.id, r.area, r.channel, r.received_on, a.position, a.choice, a.text_answer
				FROM survey_response r LEFT JOIN survey_answer a ON a.response_id = r.id
				WHERE %s ORDER BY r.received_on, r.id, a.position, a.choice""".formatted(condition))
			.params(params)
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
