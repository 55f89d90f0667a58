package vn.motcua.rating;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.motcua.shared.InvalidRequestException;

/** The configured satisfaction scale, best level first, and the labels of its levels. */
@Component
public class RatingScale {

	private static final List<RatingProperties.LevelSetting> DEFAULT = List.of(
			new RatingProperties.LevelSetting("VERY_SATISFIED", true, false, null, null),
			new RatingProperties.LevelSetting("SATISFIED", true, false, null, null),
			new RatingProperties.LevelSetting("NEUTRAL", false, false, null, null),
			new RatingProperties.LevelSetting("DISSATISFIED", false, true, null, null));

	private final List<RatingLevel> levels;
	private final MessageSource messages;

	RatingScale(RatingProperties properties, MessageSource messages) {
		List<RatingProperties.LevelSetting> settings = properties.levels() == null || properties.levels().isEmpty()
				? DEFAULT : properties.levels();
		List<RatingLevel> scale = new ArrayList<>();
		for (RatingProperties.LevelSetting setting : settings) {
			boolean last = scale.size() == settings.size() - 1;
			boolean dissatisfied = setting.dissatisfied() != null ? setting.dissatisfied()
					: last && !setting.satisfied();
			scale.add(new RatingLevel(setting.code().trim(), scale.size() + 1, setting.satisfied(), dissatisfied,
					setting.labelVi(), setting.labelEn()));
		}
		this.levels = List.copyOf(scale);
		this.messages = messages;
	}

	public List<RatingLevel> levels() {
		return levels;
	}

	public Optional<RatingLevel> level(String code) {
		return levels.stream().filter(level -> level.code().equals(code)).findFirst();
	}

	/** The level with that code; an unknown code is bad input. */
	RatingLevel require(String code) {
		return level(code).orElseThrow(() -> new InvalidRequestException("rating.level.unknown", code));
	}

	/** The level's label in the language: from the bundles, else as configured, else its code. */
	public String label(String code, Locale locale) {
		String configured = level(code).map(level -> level.configuredLabel(locale)).orElse(null);
		return messages.getMessage("rating.level." + code, null, configured == null ? code : configured, locale);
	}
}
