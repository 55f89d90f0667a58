package vn.motcua.consultation.survey;

import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.motcua.shared.PersonalData;

/**
 * One checked answer: the numbers of the options picked (from 0; a rating's point from 1 to 5), or
 * the text written. An optional question left blank has no answer at all.
 */
public record SurveyAnswer(int position, List<Integer> choices, @Nullable String text) {

	public SurveyAnswer {
		choices = List.copyOf(choices);
	}

	/**
	 * The answer as the inspection board reads it (decision 0031): the phone numbers, e-mail addresses
	 * and ID numbers typed in its text masked ({@link PersonalData#maskContactsIn}).
	 */
	SurveyAnswer withContactsMasked() {
		return text == null ? this : new SurveyAnswer(position, choices, PersonalData.maskContactsIn(text));
	}
}
