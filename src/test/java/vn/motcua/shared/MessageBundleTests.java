package vn.motcua.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every text a user reads comes from the bundles, in both languages: each Vietnamese bundle has
 * an English twin with the same keys, every key a template names exists, and no template holds
 * text of its own.
 */
@Tag("rule")
class MessageBundleTests {

	static final Path BUNDLES = Path.of("src/main/resources/messages");
	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");
	private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
	private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)[}(]");
	/** A tag, with quoted attribute values that may hold '>' (Thymeleaf expressions do). */
	private static final Pattern TAG = Pattern.compile("<(?:[^>\"']|\"[^\"]*\"|'[^']*')*>");
	private static final Pattern TEXT_ATTRIBUTE = Pattern
		.compile("(?<![:\\w-])(title|alt|placeholder|aria-label|value|content)=\"([^\"]*)\"");

	@Test
	void everyBundleHasTheSameKeysInVietnameseAndEnglish() throws IOException {
		List<Path> vietnamese = vietnameseBundles();
		assertThat(vietnamese).isNotEmpty();
		for (Path bundle : vietnamese) {
			Path english = bundle.resolveSibling(bundle.getFileName().toString().replace(".properties", "_en.properties"));
			assertThat(english).as("English twin of %s", bundle).exists();
			assertThat(load(english).stringPropertyNames()).as("keys of %s", english)
				.containsExactlyInAnyOrderElementsOf(load(bundle).stringPropertyNames());
		}
	}

	/**
	 * A text with arguments goes through MessageFormat, where a lone apostrophe starts a quoted part
	 * and swallows the placeholders after it ("year's {0}" prints "years {0}"): apostrophes are doubled there.
	 */
	@Test
	void everyTextWithArgumentsFormatsWithItsApostrophesAndPlaceholders() throws IOException {
		List<String> broken = new ArrayList<>();
		for (Path bundle : allBundles()) {
			Properties texts = load(bundle);
			for (String key : texts.stringPropertyNames()) {
				String text = texts.getProperty(key);
				Matcher placeholder = PLACEHOLDER.matcher(text);
				if (!placeholder.find()) {
					continue;
				}
				String formatted = formatted(text);
				if (LONE_APOSTROPHE.matcher(text).find() || PLACEHOLDER.matcher(formatted).find()) {
					broken.add(bundle.getFileName() + ": " + key + " → " + formatted);
				}
			}
		}
		assertThat(broken).isEmpty();
	}

	@Test
	void everyKeyATemplateNamesExists() throws IOException {
		Set<String> keys = new HashSet<>();
		for (Path bundle : vietnameseBundles()) {
			keys.addAll(load(bundle).stringPropertyNames());
		}
		Set<String> missing = new TreeSet<>();
		for (Path template : templates()) {
			Matcher matcher = LITERAL_KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!keys.contains(matcher.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void noTemplateHoldsHardCodedText() throws IOException {
		List<String> found = new ArrayList<>();
		for (Path template : templates()) {
			hardCodedTexts(Files.readString(template))
				.forEach(text -> found.add(TEMPLATES.relativize(template) + ": " + text));
		}
		assertThat(found).isEmpty();
	}

	@Test
	void theDetectorFindsTextAndTextAttributesButNotExpressions() {
		assertThat(hardCodedTexts("<p>Nộp hồ sơ</p><img alt=\"Logo\" src=\"x\">")).containsExactlyInAnyOrder("Nộp hồ sơ",
				"alt=\"Logo\"");
		assertThat(hardCodedTexts("<p th:text=\"#{a.b}\"></p><img th:alt=\"#{c}\"><!-- ghi chú --> <b>[[${x}]]</b> · 2"))
			.isEmpty();
	}

	/** Letters outside tags, comments, scripts and inline expressions; text-bearing attributes with letters. */
	static List<String> hardCodedTexts(String html) {
		String stripped = html.replaceAll("(?s)<!--.*?-->", "")
			.replaceAll("(?s)<(script|style)\\b[^>]*>.*?</\\1>", "")
			.replaceAll("<!DOCTYPE[^>]*>", "")
			.replaceAll("\\[\\[.*?]]|\\[\\(.*?\\)]", "")
			.replaceAll("&[a-zA-Z]+;|&#\\d+;", "");
		List<String> found = new ArrayList<>();
		Matcher tag = TAG.matcher(stripped);
		while (tag.find()) {
			if (tag.group().startsWith("<meta")) {
				continue;
			}
			Matcher attribute = TEXT_ATTRIBUTE.matcher(tag.group());
			while (attribute.find()) {
				if (attribute.group(2).codePoints().anyMatch(Character::isLetter)) {
					found.add(attribute.group(1) + "=\"" + attribute.group(2) + "\"");
				}
			}
		}
		for (String text : TAG.split(stripped)) {
			if (text.codePoints().anyMatch(Character::isLetter)) {
				found.add(text.strip());
			}
		}
		return found;
	}

	private static List<Path> vietnameseBundles() throws IOException {
		try (Stream<Path> files = Files.list(BUNDLES)) {
			return files.filter(file -> file.getFileName().toString().endsWith(".properties"))
				.filter(file -> !file.getFileName().toString().contains("_"))
				.sorted()
				.toList();
		}
	}

	/** The text formatted with numbers for its arguments, or with words where a format asks for text. */
	private static String formatted(String text) {
		MessageFormat format = new MessageFormat(text, Locale.ROOT);
		Object[] numbers = new Object[10];
		Object[] words = new Object[10];
		for (int i = 0; i < numbers.length; i++) {
			numbers[i] = 40 + i;
			words[i] = "arg" + i;
		}
		try {
			return format.format(numbers);
		}
		catch (IllegalArgumentException wantsText) {
			return format.format(words);
		}
	}

	private static List<Path> allBundles() throws IOException {
		try (Stream<Path> files = Files.list(BUNDLES)) {
			return files.filter(file -> file.getFileName().toString().endsWith(".properties")).sorted().toList();
		}
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Properties load(Path bundle) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
