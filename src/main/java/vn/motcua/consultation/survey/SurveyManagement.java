package vn.motcua.consultation.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditTrail;
import vn.motcua.identity.CurrentUser;
import vn.motcua.shared.Actor;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.ListPage;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.QueueCursor;
import vn.motcua.shared.VietnamTime;

/**
 * Survey campaigns: officers prepare a survey and its questionnaire, open, extend and close it, and
 * read its results; the public finds the surveys it may answer and the published results.
 */
@Service
public class SurveyManagement {

	private final SurveyRepository surveys;
	private final SurveyOfficers officers;
	private final SurveyResultsQuery results;
	private final PublicSurveysQuery publicList;
	private final SurveyResponses responses;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final MessageSource messages;
	private final Clock clock;

	SurveyManagement(SurveyRepository surveys, SurveyOfficers officers, SurveyResultsQuery results,
			PublicSurveysQuery publicList, SurveyResponses responses, AuditTrail audit, ApplicationEventPublisher events,
			MessageSource messages, Clock clock) {
		this.surveys = surveys;
		this.officers = officers;
		this.results = results;
		this.publicList = publicList;
		this.responses = responses;
		this.audit = audit;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
	}

	@Transactional
	public Survey prepare(SurveySettings settings, CurrentUser user) {
		Survey survey = Survey.prepare(officers.ownAgency(user, SurveyOfficers.PREPARERS).code(), settings, clock.instant());
		return saved(survey, user, "prepared");
	}

	@Transactional
	public Survey changeSettings(UUID id, SurveySettings settings, CurrentUser user) {
		return prepared(id, user, survey -> survey.change(settings), "settings-changed");
	}

	@Transactional
	public Survey addQuestion(UUID id, SurveyQuestionDraft draft, CurrentUser user, Locale locale) {
		SurveyQuestion question = question(draft, locale);
		return prepared(id, user, survey -> survey.addQuestion(question), "questionnaire-changed");
	}

	@Transactional
	public Survey changeQuestion(UUID id, int position, SurveyQuestionDraft draft, CurrentUser user, Locale locale) {
		SurveyQuestion question = question(draft, locale);
		return prepared(id, user, survey -> survey.replaceQuestion(position, question), "questionnaire-changed");
	}

	/** @param step -1 one place up, +1 one place down */
	@Transactional
	public Survey moveQuestion(UUID id, int position, int step, CurrentUser user) {
		return prepared(id, user, survey -> survey.moveQuestion(position, step), "questionnaire-changed");
	}

	@Transactional
	public Survey removeQuestion(UUID id, int position, CurrentUser user) {
		return prepared(id, user, survey -> survey.removeQuestion(position), "questionnaire-changed");
	}

	@Transactional
	public Survey open(UUID id, CurrentUser user) {
		return decided(id, user, survey -> survey.open(clock.instant()), "opened");
	}

	@Transactional
	public Survey extend(UUID id, LocalDate closesOn, CurrentUser user) {
		return decided(id, user, survey -> survey.extend(closesOn), "extended");
	}

	@Transactional
	public Survey close(UUID id, CurrentUser user) {
		return decided(id, user, Survey::close, "closed");
	}

	/** The surveys of the officer's agency, the latest opening first. */
	public List<Survey> agencySurveys(CurrentUser user) {
		return surveys.findByAgencyCodeOrderByOpensOnDesc(officers.ownAgency(user, SurveyOfficers.READERS).code());
	}

	public Survey officerSurvey(UUID id, CurrentUser user) {
		Survey survey = find(id);
		officers.requireReader(survey, user);
		return survey;
	}

	/** What the officer may do with the survey, which they read; a page offers nothing else. */
	public SurveyActions actions(Survey survey, CurrentUser user) {
		return officers.actions(survey, user);
	}

	/** Whether the officer prepares surveys: the People's Inspection Board, which only reads them, does not. */
	public boolean mayPrepare(CurrentUser user) {
		return officers.mayPrepare(user);
	}

	/** The agency's open surveys, whose paper forms the officer (the desk too) enters. */
	public List<Survey> paperFormSurveys(CurrentUser user) {
		String agencyCode = officers.ownAgency(user, SurveyOfficers.PAPER_ENTRANTS).code();
		return surveys.findByAgencyCodeOrderByOpensOnDesc(agencyCode).stream()
			.filter(survey -> survey.status() == SurveyStatus.OPEN)
			.toList();
	}

	/**
	 * A survey whose paper forms the officer enters; one still being prepared has no form to enter, so
	 * it is not found (the desk is not to read a questionnaire before it is opened).
	 */
	public Survey paperFormSurvey(UUID id, CurrentUser user) {
		Survey survey = find(id);
		officers.requirePaperEntrant(survey, user);
		if (survey.status() == SurveyStatus.PREPARING) {
			throw new NotFoundException("survey.unknown");
		}
		return survey;
	}

	/**
	 * Officers' results, with the free-text answers, whose reading the audit trail records; the
	 * contacts typed in them masked for a reader who does not prepare the survey ({@link #textsWhole}).
	 */
	public SurveyResults results(UUID id, CurrentUser user) {
		Survey survey = officerSurvey(id, user);
		boolean whole = textsWhole(survey, user);
		textsRead(survey, user, "results page", whole);
		SurveyResults found = results.results(survey, true);
		return whole ? found : found.withContactsInTextsMasked();
	}

	/**
	 * Each response with its answers, free text included, for the officers' exports (CSV, Excel), masked
	 * as {@link #results} masks them; the reading is recorded first, so that it stays recorded however
	 * the download ends.
	 */
	public void eachResponse(UUID id, CurrentUser user, Consumer<StoredResponse> each) {
		Survey survey = officerSurvey(id, user);
		boolean whole = textsWhole(survey, user);
		textsRead(survey, user, "export", whole);
		responses.each(survey.id(), whole ? each : stored -> each.accept(stored.withContactsInTextsMasked()));
	}

	/**
	 * Whether the officer reads the free-text answers whole: those who prepare the survey analyse them
	 * and act on them; the inspection board, which only supervises, reads them with the phone numbers,
	 * e-mail addresses and ID numbers typed in them masked (decision 0031).
	 */
	private boolean textsWhole(Survey survey, CurrentUser user) {
		return officers.actions(survey, user).prepare();
	}

	/** Free text may hold a respondent's name, phone or case: reading it is a sensitive read. */
	private void textsRead(Survey survey, CurrentUser user, String where, boolean whole) {
		if (survey.questions().stream().anyMatch(question -> !question.kind().picks())) {
			String summary = "Free-text answers of survey " + survey.id() + " read (" + where
					+ (whole ? "" : ", contacts masked") + ")";
			audit.recordRead(new Actor(user.username()), survey.agencyCode(), "survey.free-text.read", "Survey",
					survey.id().toString(), summary);
		}
	}

	/**
	 * A page of the surveys on the public portal, the latest opening first.
	 *
	 * @param openedOnly without those whose opening day is still to come
	 * @throws InvalidRequestException when {@code size} is not between 1 and {@link ListPage#MAX_SIZE}
	 */
	public ListPage<SurveySummary> publicSurveys(boolean openedOnly, @Nullable QueueCursor after, int size) {
		if (size < 1 || size > ListPage.MAX_SIZE) {
			throw new InvalidRequestException("survey.list.bad-size", ListPage.MAX_SIZE);
		}
		return publicList.page(openedOnly ? LocalDate.now(clock.withZone(VietnamTime.ZONE)) : null, after, size);
	}

	/**
	 * A survey the API offers its respondents: as {@link #respondentSurvey}, and one whose opening day
	 * is still to come is not found either, as the API lists only the opened ones.
	 */
	public Survey offeredSurvey(UUID id, @Nullable CurrentUser user) {
		Survey survey = respondentSurvey(id, user);
		if (survey.standing(clock.instant()) == SurveyStanding.NOT_YET_OPEN) {
			throw new NotFoundException("survey.unknown");
		}
		return survey;
	}

	/**
	 * A survey as a respondent sees it: one being prepared is not found, nor a staff survey by anyone
	 * but the agency's officers.
	 */
	public Survey respondentSurvey(UUID id, @Nullable CurrentUser user) {
		Survey survey = find(id);
		boolean visible = survey.status() != SurveyStatus.PREPARING && (survey.audience().onThePortal()
				|| user != null && officers.isStaff(survey, user));
		if (!visible) {
			throw new NotFoundException("survey.unknown");
		}
		return survey;
	}

	/** Published results once the survey is over, without free text; otherwise not found. */
	public SurveyResults publishedResults(UUID id) {
		Survey survey = find(id);
		if (!survey.audience().onThePortal() || !survey.resultsPublicAt(clock.instant())) {
			throw new NotFoundException("survey.results.unpublished");
		}
		return results.results(survey, false);
	}

	private SurveyQuestion question(SurveyQuestionDraft draft, Locale locale) {
		List<String> options = draft.kind() == SurveyQuestionKind.RATING
				&& draft.options().stream().allMatch(String::isBlank)
						? Arrays.asList(messages.getMessage("survey.rating.labels", null, locale).split("\\|"))
						: draft.options();
		return SurveyQuestion.of(draft.kind(), draft.wording(), draft.required(), options);
	}

	private Survey prepared(UUID id, CurrentUser user, Consumer<Survey> change, String name) {
		Survey survey = find(id);
		officers.requirePreparer(survey, user);
		change.accept(survey);
		return saved(survey, user, name);
	}

	private Survey decided(UUID id, CurrentUser user, Consumer<Survey> change, String name) {
		Survey survey = find(id);
		officers.requireDecider(survey, user);
		change.accept(survey);
		return saved(survey, user, name);
	}

	private Survey saved(Survey survey, CurrentUser user, String change) {
		Survey saved = surveys.save(survey);
		events.publishEvent(new SurveyChanged(new Actor(user.username()), clock.instant(), saved.id(),
				saved.agencyCode(), saved.status(), change));
		return saved;
	}

	Survey find(UUID id) {
		return surveys.findById(id).orElseThrow(() -> new NotFoundException("survey.unknown"));
	}
}
