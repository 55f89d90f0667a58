package vn.motcua.notification;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The templates: the defaults shipped in {@code notification/templates.properties}, overridden by
 * what administrators saved. Rendering replaces each {@code {name}} placeholder by its value.
 * <p>
 * Every dossier's change of status sends a notice, and templates change only by an administrator's
 * edit, so each instance keeps a notice's templates for a minute: an edit on this instance is seen
 * at once, on another instance (or by a notice read while the edit was being saved) within that
 * minute.
 */
@Component
class Templates {

	static final List<String> LANGUAGES = List.of("vi", "en");
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)\\}");
	/** The values never shortened: without them a message names nothing and leads nowhere. */
	private static final Set<String> KEPT_WHOLE = Set.of("code", "appointment", "link");

	private final JdbcClient jdbc;
	private final Properties defaults = new Properties();
	private final Cache<Kept, Map<NotificationChannel, NotificationTemplate>> kept = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofMinutes(1))
		.build();

	/** A notice's templates in one language. */
	private record Kept(Notice notice, String language) {
	}

	Templates(JdbcClient jdbc) {
		this.jdbc = jdbc;
		try (Reader reader = new InputStreamReader(new ClassPathResource("notification/templates.properties")
			.getInputStream(), StandardCharsets.UTF_8)) {
			defaults.load(reader);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the default notification templates", e);
		}
	}

	List<NotificationTemplate> all() {
		List<NotificationTemplate> all = new ArrayList<>();
		for (Notice notice : Notice.values()) {
			for (NotificationChannel channel : NotificationChannel.values()) {
				for (String language : LANGUAGES) {
					all.add(find(notice, channel, language));
				}
			}
		}
		return all;
	}

	NotificationTemplate find(Notice notice, NotificationChannel channel, String language) {
		return of(notice, language).get(channel);
	}

	/**
	 * The notice's template on every channel, read in one query (a notice usually goes out by e-mail
	 * and SMS) or kept from one within the last minute.
	 */
	Map<NotificationChannel, NotificationTemplate> of(Notice notice, String language) {
		String lang = LANGUAGES.contains(language) ? language : "vi";
		return kept.get(new Kept(notice, lang), wanted -> read(wanted.notice(), wanted.language()));
	}

	private Map<NotificationChannel, NotificationTemplate> read(Notice notice, String lang) {
		Map<NotificationChannel, NotificationTemplate> found = new EnumMap<>(NotificationChannel.class);
		jdbc.sql("SELECT channel, subject, body FROM notification_template WHERE notice = ? AND language = ?")
			.params(notice.name(), lang)
			.query(rs -> {
				NotificationChannel channel = NotificationChannel.valueOf(rs.getString("channel"));
				found.put(channel, new NotificationTemplate(notice, channel, lang, rs.getString("subject"),
						rs.getString("body"), true));
			});
		for (NotificationChannel channel : NotificationChannel.values()) {
			found.computeIfAbsent(channel, missing -> byDefault(notice, missing, lang));
		}
		return Collections.unmodifiableMap(found);
	}

	NotificationTemplate byDefault(Notice notice, NotificationChannel channel, String language) {
		String prefix = notice + "." + channel + "." + language + ".";
		String body = defaults.getProperty(prefix + "body");
		if (body == null) {
			throw new IllegalStateException("No default template " + prefix + "body");
		}
		return new NotificationTemplate(notice, channel, language, defaults.getProperty(prefix + "subject"), body,
				false);
	}

	void save(NotificationTemplate template, String by, Instant now) {
		jdbc.sql("DELETE FROM notification_template WHERE notice = ? AND channel = ? AND language = ?")
			.params(template.notice().name(), template.channel().name(), template.language())
			.update();
		jdbc.sql("""
				INSERT INTO notification_template (notice, channel, language, subject, body, updated_at, updated_by)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(template.notice().name(), template.channel().name(), template.language(), template.subject(),
					template.body(), OffsetDateTime.ofInstant(now, ZoneOffset.UTC), by)
			.update();
		kept.invalidate(new Kept(template.notice(), template.language()));
	}

	void reset(Notice notice, NotificationChannel channel, String language) {
		jdbc.sql("DELETE FROM notification_template WHERE notice = ? AND channel = ? AND language = ?")
			.params(notice.name(), channel.name(), language)
			.update();
		kept.invalidate(new Kept(notice, language));
	}

	/** The placeholders in a text that its notice does not offer (a typo the editor should fix). */
	static List<String> unknownPlaceholders(Notice notice, @Nullable String text) {
		List<String> unknown = new ArrayList<>();
		if (text != null) {
			Matcher matcher = PLACEHOLDER.matcher(text);
			while (matcher.find()) {
				if (!notice.placeholders().contains(matcher.group(1)) && !unknown.contains(matcher.group(1))) {
					unknown.add(matcher.group(1));
				}
			}
		}
		return unknown;
	}

	/**
	 * The text rendered in at most {@code limit} characters (its column's): a template within its own
	 * limit, filled with a long procedure name, applicant name, reason or title, may outgrow it, and a
	 * message that does not fit would fail the change that queues it. Every free-text value is cut to one
	 * length, the longest at which the text fits (found by halving), so that the longest values lose the
	 * most and the code, the appointment and the link stay whole; only a text too long without any of the
	 * free text (the template's own words) is cut at its end.
	 */
	static String render(String text, Map<String, String> values, int limit) {
		String rendered = render(text, values);
		if (rendered.length() <= limit) {
			return rendered;
		}
		int fits = 0;
		int tooLong = values.values().stream().mapToInt(String::length).max().orElse(0);
		while (tooLong - fits > 1) {
			int cap = (fits + tooLong) / 2;
			if (render(text, capped(values, cap)).length() <= limit) {
				fits = cap;
			}
			else {
				tooLong = cap;
			}
		}
		return shortened(render(text, capped(values, fits)), limit);
	}

	private static Map<String, String> capped(Map<String, String> values, int cap) {
		Map<String, String> capped = new HashMap<>(values);
		capped.replaceAll((name, value) -> KEPT_WHOLE.contains(name) ? value : shortened(value, cap));
		return capped;
	}

	/** The text in at most {@code max} characters: cut after a word if one ends in its second half, marked "…". */
	static String shortened(String text, int max) {
		if (text.length() <= max) {
			return text;
		}
		if (max < 1) {
			return "";
		}
		int end = max - 1; // and the ellipsis
		if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
			end--; // never half a character (an emoji in a name)
		}
		int space = text.lastIndexOf(' ', end);
		return text.substring(0, space > end / 2 ? space : end).stripTrailing() + "…";
	}

	/** The text with each known placeholder replaced; a value that is missing leaves an empty string. */
	static String render(String text, Map<String, String> values) {
		Matcher matcher = PLACEHOLDER.matcher(text);
		StringBuilder rendered = new StringBuilder();
		while (matcher.find()) {
			String value = values.containsKey(matcher.group(1)) ? values.get(matcher.group(1)) : matcher.group();
			matcher.appendReplacement(rendered, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(rendered);
		return rendered.toString();
	}
}
