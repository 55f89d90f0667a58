package vn.motcua.consultation.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.TimeOrderedIds;

/**
 * A survey campaign (khảo sát) of an agency: its settings, respondent areas and ordered
 * questionnaire. While prepared it may change; once opened its questionnaire is frozen, so that every
 * response answers the same questions, and only its closing day may move later.
 */
@Table("survey")
public class Survey {

	public static final int MAX_QUESTIONS = 60;

	@Id
	private UUID id;
	@Version
	private @Nullable Long version;
	private String agencyCode;
	private String title;
	private String purpose;
	private SurveyAudience audience;
	/** One area or group a line, as typed on one line each. */
	private String areas;
	private LocalDate opensOn;
	private LocalDate closesOn;
	private boolean publishResults;
	private SurveyStatus status;
	private Instant preparedAt;
	@MappedCollection(idColumn = "survey_id", keyColumn = "position")
	private List<SurveyQuestion> questions = new ArrayList<>();

	@SuppressWarnings("NullAway.Init")
	private Survey() {
	}

	static Survey prepare(String agencyCode, SurveySettings settings, Instant now) {
		Survey survey = new Survey();
		survey.id = TimeOrderedIds.next();
		survey.agencyCode = agencyCode;
		survey.status = SurveyStatus.PREPARING;
		survey.preparedAt = now;
		survey.apply(settings);
		return survey;
	}

	void change(SurveySettings settings) {
		requirePreparing();
		apply(settings);
	}

	private void apply(SurveySettings settings) {
		title = settings.title();
		purpose = settings.purpose();
		audience = settings.audience();
		areas = String.join("\n", settings.areas());
		opensOn = settings.opensOn();
		closesOn = settings.closesOn();
		publishResults = settings.publishResults();
	}

	void addQuestion(SurveyQuestion question) {
		requirePreparing();
		if (questions.size() >= MAX_QUESTIONS) {
			throw new InvalidRequestException("survey.questions.too-many", MAX_QUESTIONS);
		}
		questions.add(question);
	}

	void replaceQuestion(int position, SurveyQuestion question) {
		requirePreparing();
		questions.set(existing(position), question);
	}

	/** Moves a question one place up (-1) or down (+1); at either end it stays. */
	void moveQuestion(int position, int step) {
		requirePreparing();
		int from = existing(position);
		int to = from + Integer.signum(step);
		if (to >= 0 && to < questions.size()) {
			Collections.swap(questions, from, to);
		}
	}

	void removeQuestion(int position) {
		requirePreparing();
		questions.remove(existing(position));
	}

	void open(Instant now) {
		requirePreparing();
		if (questions.isEmpty()) {
			throw new InvalidRequestException("survey.open.no-questions");
		}
		if (window().isOver(now)) {
			throw new InvalidRequestException("survey.open.past");
		}
		status = SurveyStatus.OPEN;
	}

	void extend(LocalDate newClosesOn) {
		if (status != SurveyStatus.OPEN) {
			throw new InvalidRequestException("survey.extend.not-open");
		}
		if (!newClosesOn.isAfter(closesOn)) {
			throw new InvalidRequestException("survey.extend.not-later");
		}
		closesOn = newClosesOn;
	}

	void close() {
		if (status != SurveyStatus.OPEN) {
			throw new InvalidRequestException("survey.close.not-open");
		}
		status = SurveyStatus.CLOSED;
	}

	public SurveyStanding standing(Instant now) {
		return SurveyStanding.of(status, window(), now);
	}

	/** Published results are shown once no more response can come. */
	public boolean resultsPublicAt(Instant now) {
		return publishResults && standing(now) == SurveyStanding.CLOSED;
	}

	/**
	 * The answers sent, checked against the questionnaire: a known area, and each answer by its
	 * question's rules.
	 *
	 * @param sent the values sent for each question, by its position
	 * @throws SurveyAnswersRefused with each field's error
	 */
	List<SurveyAnswer> check(@Nullable String area, Map<Integer, List<String>> sent) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (area == null || !areas().contains(area)) {
			errors.put("area", area == null || area.isBlank() ? "survey.area.required" : "survey.answer.not-offered");
		}
		List<SurveyAnswer> answers = new ArrayList<>();
		for (int position = 0; position < questions.size(); position++) {
			try {
				SurveyAnswer answer = questions.get(position).answer(position, sent.getOrDefault(position, List.of()));
				if (answer != null) {
					answers.add(answer);
				}
			}
			catch (InvalidRequestException refused) {
				errors.put(SurveyQuestion.field(position), refused.messageKey());
			}
		}
		if (!errors.isEmpty()) {
			throw new SurveyAnswersRefused(errors);
		}
		return answers;
	}

	private int existing(int position) {
		if (position < 0 || position >= questions.size()) {
			throw new InvalidRequestException("survey.question.unknown");
		}
		return position;
	}

	private void requirePreparing() {
		if (status != SurveyStatus.PREPARING) {
			throw new InvalidRequestException("survey.frozen");
		}
	}

	public SurveyWindow window() {
		return new SurveyWindow(opensOn, closesOn);
	}

	public SurveySettings settings() {
		return new SurveySettings(title, purpose, audience, areas(), opensOn, closesOn, publishResults);
	}

	public UUID id() {
		return id;
	}

	public String agencyCode() {
		return agencyCode;
	}

	public String title() {
		return title;
	}

	public String purpose() {
		return purpose;
	}

	public SurveyAudience audience() {
		return audience;
	}

	public List<String> areas() {
		return List.of(areas.split("\n"));
	}

	public LocalDate opensOn() {
		return opensOn;
	}

	public LocalDate closesOn() {
		return closesOn;
	}

	public boolean publishResults() {
		return publishResults;
	}

	public SurveyStatus status() {
		return status;
	}

	public List<SurveyQuestion> questions() {
		return Collections.unmodifiableList(questions);
	}
}
