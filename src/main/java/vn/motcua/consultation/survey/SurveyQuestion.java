package vn.motcua.consultation.survey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

import vn.motcua.shared.InvalidRequestException;

/**
 * A question of a survey's questionnaire, with its ordered options (a rating's five labels), and the
 * rules an answer to it must keep.
 */
@Table("survey_question")
public class SurveyQuestion {

	public static final int MAX_WORDING = 1000;
	public static final int MAX_OPTION = 200;
	public static final int MAX_OPTIONS = 30;
	public static final int MAX_TEXT_ANSWER = 2000;
	public static final int RATING_POINTS = 5;

	private final SurveyQuestionKind kind;
	private final String wording;
	private final boolean required;
	/** One option a line: an option is typed on one line, so a line break never occurs inside one. */
	private final String options;

	SurveyQuestion(SurveyQuestionKind kind, String wording, boolean required, String options) {
		this.kind = kind;
		this.wording = wording;
		this.required = required;
		this.options = options;
	}

	/**
	 * A question as the officer wrote it, its texts trimmed and blank options dropped.
	 *
	 * @throws InvalidRequestException when the wording is missing or too long, or the options do not suit the kind
	 */
	static SurveyQuestion of(SurveyQuestionKind kind, String wording, boolean required, List<String> options) {
		String text = wording.strip();
		if (text.isEmpty() || text.length() > MAX_WORDING) {
			throw new InvalidRequestException("survey.question.wording.invalid", MAX_WORDING);
		}
		List<String> kept = options.stream().map(String::strip).filter(option -> !option.isEmpty()).toList();
		if (kept.stream().anyMatch(option -> option.length() > MAX_OPTION)) {
			throw new InvalidRequestException("survey.question.option.too-long", MAX_OPTION);
		}
		if (new HashSet<>(kept).size() < kept.size()) {
			throw new InvalidRequestException("survey.question.option.duplicate");
		}
		switch (kind) {
			case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
				if (kept.size() < 2 || kept.size() > MAX_OPTIONS) {
					throw new InvalidRequestException("survey.question.options.count", MAX_OPTIONS);
				}
			}
			case RATING -> {
				if (kept.size() != RATING_POINTS) {
					throw new InvalidRequestException("survey.question.rating.labels", RATING_POINTS);
				}
			}
			case FREE_TEXT -> kept = List.of();
		}
		return new SurveyQuestion(kind, text, required, String.join("\n", kept));
	}

	public SurveyQuestionKind kind() {
		return kind;
	}

	public String wording() {
		return wording;
	}

	public boolean required() {
		return required;
	}

	/** The options in order; a rating's labels from point 1 to point 5. */
	public List<String> options() {
		return options.isEmpty() ? List.of() : List.of(options.split("\n"));
	}

	/** The options one a line, as the builder edits them. */
	public String optionLines() {
		return options;
	}

	/**
	 * The answer to this question from what was sent (option numbers from 0, a rating's point, or the
	 * text), or null when an optional question was left blank.
	 *
	 * @throws InvalidRequestException with the message key of what is wrong
	 */
	@Nullable SurveyAnswer answer(int position, List<String> sent) {
		List<String> given = sent.stream().map(String::strip).filter(value -> !value.isEmpty()).toList();
		if (given.isEmpty()) {
			if (required) {
				throw new InvalidRequestException("survey.answer.required");
			}
			return null;
		}
		if (kind == SurveyQuestionKind.FREE_TEXT) {
			String text = String.join("\n", given);
			if (text.length() > MAX_TEXT_ANSWER) {
				throw new InvalidRequestException("survey.answer.too-long", MAX_TEXT_ANSWER);
			}
			return new SurveyAnswer(position, List.of(), text);
		}
		if (kind != SurveyQuestionKind.MULTIPLE_CHOICE && given.size() > 1) {
			throw new InvalidRequestException("survey.answer.one-only");
		}
		List<Integer> choices = new ArrayList<>();
		for (String value : given) {
			int choice = choice(value);
			if (!choices.contains(choice)) {
				choices.add(choice);
			}
		}
		return new SurveyAnswer(position, choices, null);
	}

	/** An option's number from 0, or a rating's point from 1: anything else was not offered. */
	private int choice(String value) {
		int lowest = kind == SurveyQuestionKind.RATING ? 1 : 0;
		int highest = kind == SurveyQuestionKind.RATING ? RATING_POINTS : options().size() - 1;
		try {
			int choice = Integer.parseInt(value);
			if (choice >= lowest && choice <= highest) {
				return choice;
			}
		}
		catch (NumberFormatException notANumber) {
			// refused below, as any value that was not offered
		}
		throw new InvalidRequestException("survey.answer.not-offered");
	}

	/** The name of the form field (and API error) that holds the answer to the question at that position. */
	public static String field(int position) {
		return "answer-" + position;
	}

	/** The label of a choice as stored: an option's text, or a rating's point with its label. */
	public String label(int choice) {
		return kind == SurveyQuestionKind.RATING ? choice + " – " + options().get(choice - 1) : options().get(choice);
	}
}
