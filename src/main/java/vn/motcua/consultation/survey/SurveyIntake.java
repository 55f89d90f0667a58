package vn.motcua.consultation.survey;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.identity.CurrentUser;
import vn.motcua.shared.Actor;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.SubmissionKeys;
import vn.motcua.shared.VietnamTime;

/**
 * Records responses: online while the survey is open, or a paper form entered by an officer. A
 * response sent again with its submission key is the first one, never a second; a signed-in account
 * responds once, which is recorded apart from the response so that the response stays anonymous.
 */
@Service
public class SurveyIntake {

	private static final String SCOPE = "survey";

	private final SurveyManagement surveys;
	private final SurveyResponses responses;
	private final SubmissionKeys keys;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final TransactionTemplate inTransaction;

	SurveyIntake(SurveyManagement surveys, SurveyResponses responses, SubmissionKeys keys,
			ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
		this.surveys = surveys;
		this.responses = responses;
		this.keys = keys;
		this.events = events;
		this.clock = clock;
		this.inTransaction = new TransactionTemplate(transactions);
	}

	/**
	 * Records a response answered online; the same key again returns the first response's id.
	 *
	 * @param respondent the signed-in account, if any: it responds at most once
	 * @throws SurveyAnswersRefused with each field's error
	 * @throws InvalidRequestException when the survey takes no response now, the account has responded, or
	 *         the key is bad or was used for other answers
	 */
	public UUID respond(UUID surveyId, @Nullable String area, Map<Integer, List<String>> sent,
			@Nullable CurrentUser respondent, @Nullable String submissionKey) {
		Survey survey = surveys.respondentSurvey(surveyId, respondent);
		Instant now = clock.instant();
		if (survey.standing(now) != SurveyStanding.OPEN) {
			throw new InvalidRequestException("survey.respond.not-open");
		}
		List<SurveyAnswer> answers = survey.check(area, sent);
		UUID account = respondent == null ? null : respondent.accountId();
		return recorded(survey, area, answers, SurveyChannel.ONLINE, account, null, submissionKey);
	}

	/**
	 * Records a paper form (phiếu lấy ý kiến) collected at the counter or in the field, by an officer who
	 * prepares surveys or by the one-stop desk, from its opening day until the survey is closed: forms
	 * collected on the last day may be entered after it.
	 */
	public UUID enterPaperForm(UUID surveyId, @Nullable String area, Map<Integer, List<String>> sent,
			CurrentUser officer, @Nullable String submissionKey) {
		Survey survey = surveys.paperFormSurvey(surveyId, officer);
		if (survey.status() != SurveyStatus.OPEN || survey.standing(clock.instant()) == SurveyStanding.NOT_YET_OPEN) {
			throw new InvalidRequestException("survey.respond.not-open");
		}
		List<SurveyAnswer> answers = survey.check(area, sent);
		return recorded(survey, area, answers, SurveyChannel.PAPER, null, new Actor(officer.username()),
				submissionKey);
	}

	/** Whether the account has responded to the survey: the page then says so instead of offering the form. */
	public boolean hasResponded(UUID surveyId, CurrentUser respondent) {
		return responses.hasResponded(surveyId, respondent.accountId());
	}

	/**
	 * Stores the response, and the account's respondent record when signed in. Nothing written here
	 * holds a time finer than the day: the submission key is recorded at the day's start, and an online
	 * response has no audit entry of its own (its day's tally records it, decision 0024); a paper form's
	 * entry names the officer who typed it in.
	 */
	private UUID recorded(Survey survey, @Nullable String area, List<SurveyAnswer> answers, SurveyChannel channel,
			@Nullable UUID account, @Nullable Actor officer, @Nullable String submissionKey) {
		String key = submissionKey == null ? null : SubmissionKeys.checked(submissionKey);
		String digest = keys.digest(sent(survey.id(), area, channel, answers));
		try {
			return inTransaction.execute(status -> earlier(key, digest).orElseGet(() -> {
				if (account != null) {
					responses.recordRespondent(survey.id(), account);
				}
				LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
				UUID id = responses.insert(survey.id(), String.valueOf(area), channel, today, answers);
				if (key != null) {
					keys.record(SCOPE, key, digest, id.toString(), today.atStartOfDay(VietnamTime.ZONE).toInstant());
				}
				if (officer != null) {
					events.publishEvent(new SurveyPaperFormEntered(officer, clock.instant(), survey.id(),
							survey.agencyCode()));
				}
				return id;
			}));
		}
		catch (DuplicateKeyException sentTwiceAtOnce) {
			// the earlier sending with this key, or else this account's earlier response
			return inTransaction.execute(status -> earlier(key, digest)
				.orElseThrow(() -> new InvalidRequestException("survey.respond.already")));
		}
	}

	private Optional<UUID> earlier(@Nullable String key, String digest) {
		return key == null ? Optional.empty()
				: keys.find(SCOPE, key).map(use -> UUID.fromString(use.codeFor(digest)));
	}

	/** What a response sends, as its key's digest takes it ({@link SubmissionKeys#digest}). */
	static List<@Nullable Object> sent(UUID surveyId, @Nullable String area, SurveyChannel channel,
			List<SurveyAnswer> answers) {
		List<@Nullable Object> parts = new ArrayList<>(List.of(surveyId, channel));
		parts.add(area);
		answers.forEach(answer -> parts.add(answer.toString()));
		return parts;
	}
}
