package vn.motcua.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A table wider than a phone scrolls sideways in its {@code .table-wrap}; a keyboard user reaches such a
 * region only if it can take the focus, and a screen reader names it only if it has a label (WCAG 2.1.1
 * and axe's scrollable-region-focusable, which failed on the message log once it held long addresses).
 * Whether a table overflows depends on the data, so every wrapper is a focusable, labelled region.
 */
@Tag("rule")
class ScrollingTablesTests {

	private static final Pattern WRAPPER = Pattern.compile("<div[^>]*class=\"table-wrap\"[^>]*>", Pattern.DOTALL);

	@Test
	void everyScrollingTableIsAFocusableLabelledRegion() throws IOException {
		List<String> bare = new ArrayList<>();
		int wrappers = 0;
		try (Stream<Path> files = Files.walk(MessageBundleTests.TEMPLATES)) {
			for (Path template : files.filter(file -> file.toString().endsWith(".html")).sorted().toList()) {
				Matcher wrapper = WRAPPER.matcher(Files.readString(template, StandardCharsets.UTF_8));
				while (wrapper.find()) {
					wrappers++;
					String tag = wrapper.group();
					if (!tag.contains("tabindex=\"0\"") || !tag.contains("role=\"region\"") || !(tag.contains("aria-label=") || tag.contains("aria-labelledby="))) {
						bare.add(template + ": " + tag);
					}
				}
			}
		}
		assertThat(wrappers).as("the templates' scrolling tables").isGreaterThan(20);
		assertThat(bare).isEmpty();
	}
}
