package vn.motcua.consultation.survey;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Tallies the surveys' past days every {@code motcua.survey.tally.interval} (an hour: a day is
 * tallied within an hour of its end); safe on every instance, as a day is claimed once. Off with
 * {@code motcua.survey.tally.enabled=false} (tests call {@link SurveyDayTally} themselves).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "motcua.survey.tally.enabled", havingValue = "true", matchIfMissing = true)
class SurveyDayTallySchedule {

	private final SurveyDayTally tally;

	SurveyDayTallySchedule(SurveyDayTally tally) {
		this.tally = tally;
	}

	@Scheduled(initialDelayString = "${motcua.survey.tally.interval:PT1H}",
			fixedDelayString = "${motcua.survey.tally.interval:PT1H}")
	void tallyPastDays() {
		tally.tallyPastDays();
	}
}
