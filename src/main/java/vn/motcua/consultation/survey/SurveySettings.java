package vn.motcua.consultation.survey;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

import vn.motcua.shared.InvalidRequestException;

/**
 * What an officer sets about a survey besides its questions. The respondent areas or groups are the
 * agency's own list (communes, former districts, sectors…): since 1 July 2025 there is no district
 * level to take them from, so nothing about them is fixed here.
 */
public record SurveySettings(String title, String purpose, SurveyAudience audience, List<String> areas,
		LocalDate opensOn, LocalDate closesOn, boolean publishResults) {

	public static final int MAX_TITLE = 300;
	public static final int MAX_PURPOSE = 4000;
	public static final int MAX_AREA = 200;
	public static final int MAX_AREAS = 60;

	/**
	 * The settings with texts trimmed and blank areas dropped.
	 *
	 * @throws InvalidRequestException when a text is missing or too long, the areas are none, too many or
	 *         repeated, or the survey closes before it opens
	 */
	public SurveySettings {
		title = title.strip();
		purpose = purpose.strip();
		areas = areas.stream().map(String::strip).filter(area -> !area.isEmpty()).toList();
		if (title.isEmpty() || title.length() > MAX_TITLE) {
			throw new InvalidRequestException("survey.title.invalid", MAX_TITLE);
		}
		if (purpose.length() > MAX_PURPOSE) {
			throw new InvalidRequestException("survey.purpose.too-long", MAX_PURPOSE);
		}
		if (areas.isEmpty() || areas.size() > MAX_AREAS || areas.stream().anyMatch(area -> area.length() > MAX_AREA)) {
			throw new InvalidRequestException("survey.areas.invalid", MAX_AREAS, MAX_AREA);
		}
		if (new HashSet<>(areas).size() < areas.size()) {
			throw new InvalidRequestException("survey.areas.duplicate");
		}
		if (closesOn.isBefore(opensOn)) {
			throw new InvalidRequestException("survey.dates.invalid");
		}
	}
}
