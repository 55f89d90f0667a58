package vn.motcua.consultation.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.shared.Sha256;
import vn.motcua.shared.VietnamTime;

/**
 * Once a day is over, each survey's responses of that day are recorded in the audit trail by one
 * entry, and written again with the survey's respondent records so that the order and moment in
 * which they were stored tell nothing (decision 0024). A day is claimed in
 * {@code survey_response_day} by the transaction that tallies it, so that two instances never tally
 * it twice; a day missed while the application was stopped is tallied at the next run.
 */
@Component
class SurveyDayTally {

	private final JdbcClient jdbc;
	private final SurveyResponses responses;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final TransactionTemplate inTransaction;

	SurveyDayTally(JdbcClient jdbc, SurveyResponses responses, ApplicationEventPublisher events, Clock clock,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.responses = responses;
		this.events = events;
		this.clock = clock;
		this.inTransaction = new TransactionTemplate(transactions);
	}

	private record Day(UUID surveyId, String agencyCode, LocalDate day) {
	}

	/** Tallies every survey's days before today (Vietnam's) not tallied yet, each in a transaction; how many. */
	int tallyPastDays() {
		LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
		List<Day> days = jdbc.sql("""
				SELECT DISTINCT r.survey_id, s.agency_code, r.received_on FROM survey_response r
				JOIN survey s ON s.id = r.survey_id
				WHERE r.received_on < ? AND NOT EXISTS (SELECT 1 FROM survey_response_day d
				    WHERE d.survey_id = r.survey_id AND d.received_on = r.received_on)""")
			.param(today)
			.query((row, n) -> new Day(row.getObject(1, UUID.class), row.getString(2),
					row.getObject(3, LocalDate.class)))
			.list();
		int tallied = 0;
		for (Day day : days) {
			try {
				inTransaction.executeWithoutResult(status -> tally(day));
				tallied++;
			}
			catch (DuplicateKeyException anotherInstanceDidIt) {
				// its tally committed first, with the same responses: nothing left to do
			}
		}
		return tallied;
	}

	/** The claim first, so that a second instance waits on it and gives up instead of writing the day again. */
	private void tally(Day day) {
		jdbc.sql("INSERT INTO survey_response_day (survey_id, received_on) VALUES (?, ?)")
			.params(day.surveyId(), day.day()).update();
		SortedMap<UUID, StoredResponse> rewritten = responses.rewriteDay(day.surveyId(), day.day());
		responses.rewriteRespondents(day.surveyId());
		List<@Nullable Object> parts = new ArrayList<>();
		rewritten.forEach((id, response) -> {
			parts.add(id);
			parts.add(response.toString());
		});
		long online = rewritten.values().stream().filter(response -> response.channel() == SurveyChannel.ONLINE).count();
		events.publishEvent(new SurveyResponsesTallied(clock.instant(), day.surveyId(), day.agencyCode(), day.day(), online,
				rewritten.size(), Sha256.ofParts(parts)));
	}
}
