package vn.motcua.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
	private static final Pattern CALL_WITH_ARGUMENTS = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)\\(");
	/** A variable or property named year: "${year}", "${view.month.year}". */
	private static final Pattern YEAR = Pattern.compile("\\$\\{(?:[\\w.]+\\.)?year}");
	/** A tag, with quoted attribute values that may hold '>' (Thymeleaf expressions do). */
	private static final Pattern TAG = Pattern.compile("<(?:[^>\"']|\"[^\"]*\"|'[^']*')*>");
	private static final Pattern TEXT_ATTRIBUTE = Pattern
		.compile("(?<![:\\w-])(title|alt|placeholder|aria-label|value|content)=\"([^\"]*)\"");
	/** A plural noun counted by the number 1, up to two words after it: "1 dossiers", "1 working days". */
	private static final Pattern ONE_WITH_A_PLURAL = Pattern.compile("\\b1 (?:[a-z-]+ ){0,2}(dossiers|petitions|entries"
			+ "|days|hours|minutes|weeks|months|years|questions|answers|receptions|ratings|procedures|problems"
			+ "|signatures|originals|copies|photocopies|times|characters|documents|files|steps|messages|accounts)\\b");
	/** Fixed limits in the configuration, never 1: "at most {0} characters", "1 to {0} dossiers". */
	private static final Set<String> LIMITS = Set.of("calendar.param.range.too-long",
			"catalog.problem.text.too-long", "dossier.register.export.too-many", "dossier.work.queue.bad-size",
			"dossier.work.queue.search-too-long", "identity.register.password.hint",
			"notification.template.body.too-long", "notification.template.subject.too-long",
			"notification.template.body.sms-too-long", "notification.template.body.sms-limit",
			"notification.template.preview.shortened",
			"organization.officer.password.hint", "petition.too-long", "petition.queue.bad-size",
			"rating.comment.too-long", "reception.schedule.place.too-long", "reporting.page.bad-size",
			"submission-key.invalid");
	/**
	 * The English texts that count something, with a part of the text for 1 and for 2 of it (every
	 * argument gets that number).
	 */
	private static final String[][] COUNTED = {
		{ "audit.verification.valid", "intact: 1 entry checked, not changed",
				"intact: 2 entries checked, none changed" },
		{ "audit.verification.HASH_MISMATCH", "The entry before it is intact.", "The 2 entries before it are intact." },
		{ "audit.verification.BROKEN_LINK", "The entry before it is intact.", "The 2 entries before it are intact." },
		{ "audit.verification.SEQUENCE_GAP", "The entry before it is intact.", "The 2 entries before it are intact." },
		{ "catalog.announce.incomplete", "announced yet: 1 problem: 1", "announced yet: 2 problems, first: 2" },
		{ "catalog.content.invalid", "are invalid: 1 problem: 1", "are invalid: 2 problems, first: 2" },
		{ "catalog.import.invalid", "has 1 problem: 1", "has 2 problems, first: 2" },
		{ "catalog.list.count", "1 procedure", "2 procedures" },
		{ "catalog.list.count-in-sector", "1 procedure in 1", "2 procedures in 2" },
		{ "catalog.time.WORKING_DAYS", "1 working day", "2 working days" },
		{ "catalog.time.WORKING_HOURS", "1 working hour", "2 working hours" },
		{ "catalog.time.CALENDAR_DAYS", "1 day", "2 days" },
		{ "catalog.admin.in-force.count", "Showing 1 of 1 procedure.", "Showing 2 of 2 procedures." },
		{ "document-signature.verify.count", "The file has 1 digital signature.",
				"The file has 2 digital signatures." },
		{ "dossier.mine.count", "You have submitted 1 dossier.", "You have submitted 2 dossiers, the newest" },
		{ "dossier.register.count", "1 dossier.", "2 dossiers." },
		{ "dossier.desk.queue.count", "1 dossier waiting at the desk.", "2 dossiers waiting at the desk," },
		{ "dossier.slip.time.WORKING_DAYS", "1 working day", "2 working days" },
		{ "dossier.slip.time.WORKING_HOURS", "1 working hour", "2 working hours" },
		{ "dossier.slip.time.CALENDAR_DAYS", "1 day", "2 days" },
		{ "dossier.desk.paper-counts", "(1 original, 1 certified copy, 1 photocopy)",
				"(2 originals, 2 certified copies, 2 photocopies)" },
		{ "dossier.work.queue.total", "The queue holds 1 dossier.", "The queue holds 2 dossiers." },
		{ "dossier.supplement.limit", "requested only once during", "requested only 2 times during" },
		{ "dossier.apology.too-late", "at least 1 working day before", "at least 2 working days before" },
		{ "dossier.work.warning.overdue", "1 dossier is overdue at its current step.",
				"2 dossiers are overdue at their current step." },
		{ "dossier.work.warning.due-soon", "1 dossier is due soon at its current step: handle it,",
				"2 dossiers are due soon at their current step: handle them," },
		{ "identity.login.error.locked", "try again in 1 minute or", "try again in 2 minutes or" },
		{ "petition.work.counts", "1 petition waiting, 1 of them overdue.", "2 petitions waiting, 2 of them overdue." },
		{ "petition.work.matching", "1 waiting petition matches the filter, 1 of them",
				"2 waiting petitions match the filter, 2 of them" },
		{ "petition.qa.count", "1 question answered in public.", "2 questions answered in public," },
		{ "petition.mine.count", "You have sent 1 petition.", "You have sent 2 petitions, the newest" },
		{ "reception.log.count", "The log holds 1 reception.", "The log holds 2 receptions," },
		{ "rating.mine.once", "within 1 day.", "within 2 days." },
		{ "rating.statistics.summary", "1 rating; 1% satisfied.", "2 ratings; 2% satisfied." },
		{ "reporting.cell.link", "Show 1 dossier: 1, 1", "Show 2 dossiers: 2, 2" },
		{ "reporting.management.due-soon-hint", "due within the next hour.", "due within the next 2 hours." },
		{ "reporting.management.dossiers.count", "1 dossier overdue or due soon.", "2 dossiers overdue or due soon," },
		{ "reporting.index.note.1.1", "at least 1 working day (nationwide", "at least 2 working days (nationwide" }, };

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

	/**
	 * An English text that counts something says "1 dossier" and "2 dossiers", never "1 dossiers" nor
	 * "dossier(s)": MessageFormat's choice picks the noun by the number.
	 */
	@Test
	void noEnglishTextCountsOneWithAPluralNoun() throws IOException {
		List<String> found = new ArrayList<>();
		for (Path bundle : englishBundles()) {
			Properties texts = load(bundle);
			for (String key : new TreeSet<>(texts.stringPropertyNames())) {
				String text = english(texts.getProperty(key), 1L);
				if (text.contains("(s)") || !LIMITS.contains(key) && ONE_WITH_A_PLURAL.matcher(text).find()) {
					found.add(bundle.getFileName() + ": " + key + " → " + text);
				}
			}
		}
		assertThat(found).isEmpty();
	}

	@Test
	void aTextThatCountsSaysOneInTheSingularAndMoreInThePlural() throws IOException {
		Properties texts = new Properties();
		for (Path bundle : englishBundles()) {
			texts.putAll(load(bundle));
		}
		for (String[] counted : COUNTED) {
			String text = texts.getProperty(counted[0]);
			assertThat(text).as(counted[0]).isNotNull();
			assertThat(english(text, 1L)).as(counted[0] + " of 1").contains(counted[1]);
			assertThat(english(text, 2L)).as(counted[0] + " of 2").contains(counted[2]);
			assertThat(english(text, 1234L)).as(counted[0] + " of 1234, grouped").contains("1,234");
			assertThat(english(text, 0L)).as(counted[0] + " of 0").doesNotContain("(s)");
		}
		String workingDays = texts.getProperty("catalog.time.WORKING_DAYS");
		assertThat(english(workingDays, new BigDecimal("0.5"))).isEqualTo("0.5 working days");
		assertThat(english(workingDays, new BigDecimal("1.00"))).isEqualTo("1 working day");
		assertThat(english(workingDays, new BigDecimal("1.5"))).isEqualTo("1.5 working days");
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

	/**
	 * MessageFormat groups a number's digits as an amount ("Năm báo cáo 2.026", "Reporting year 2,026"):
	 * where a template passes a year, the placeholder formats it without grouping, {@code {0,number,#}}.
	 */
	@Test
	void everyYearATemplatePassesIsFormattedWithoutGrouping() throws IOException {
		List<Properties> bundles = new ArrayList<>();
		for (Path bundle : allBundles()) {
			bundles.add(load(bundle));
		}
		Set<String> grouped = new TreeSet<>();
		for (Path template : templates()) {
			String html = Files.readString(template);
			Matcher call = CALL_WITH_ARGUMENTS.matcher(html);
			while (call.find()) {
				String key = call.group(1);
				List<String> arguments = arguments(html, call.end());
				for (int index = 0; index < arguments.size(); index++) {
					String plain = "{" + index + "}";
					if (YEAR.matcher(arguments.get(index)).matches()
							&& bundles.stream().anyMatch(texts -> texts.getProperty(key, "").contains(plain))) {
						grouped.add(TEMPLATES.relativize(template) + ": " + key + " " + plain);
					}
				}
			}
		}
		assertThat(grouped).isEmpty();
	}

	@Test
	void theArgumentsOfAMessageCallAreSplitOutsideBracketsAndQuotes() {
		String html = "#{a.b(${#temporals.format(day, 'd, M')}, ${view.month.year})}";
		assertThat(arguments(html, html.indexOf('(') + 1)).containsExactly("${#temporals.format(day, 'd, M')}",
				"${view.month.year}");
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

	/** The arguments of a message call from just after its "(": split at the commas outside brackets and quotes. */
	static List<String> arguments(String html, int start) {
		List<String> arguments = new ArrayList<>();
		int depth = 0;
		boolean quoted = false;
		int from = start;
		for (int index = start; index < html.length(); index++) {
			char c = html.charAt(index);
			quoted ^= c == '\'';
			if (quoted || c == '\'') {
				continue;
			}
			if ((c == ',' || c == ')') && depth == 0) {
				arguments.add(html.substring(from, index).strip());
				if (c == ')') {
					break;
				}
				from = index + 1;
			}
			else if ("({[".indexOf(c) >= 0) {
				depth++;
			}
			else if (")}]".indexOf(c) >= 0) {
				depth--;
			}
		}
		return arguments;
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

	/**
	 * The text as the message source gives it in English with every argument the same: formatted when
	 * it has placeholders, as it stands when it has none.
	 */
	private static String english(String text, Object argument) {
		if (!PLACEHOLDER.matcher(text).find()) {
			return text;
		}
		Object[] arguments = new Object[10];
		Arrays.fill(arguments, argument);
		return new MessageFormat(text, Locale.ENGLISH).format(arguments);
	}

	private static List<Path> englishBundles() throws IOException {
		try (Stream<Path> files = Files.list(BUNDLES)) {
			return files.filter(file -> file.getFileName().toString().endsWith("_en.properties")).sorted().toList();
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
