package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Spring Boot reads {@code application*.properties} as ISO-8859-1: a Vietnamese letter typed into a
 * value reaches the pages garbled ("QĐ" as "QÄ"). Values write such letters as Unicode escapes;
 * comments may hold anything.
 */
@Tag("rule")
class ApplicationPropertiesTests {

	@Test
	void noValueHoldsALetterOutsideAscii() throws IOException {
		List<String> found = new ArrayList<>();
		for (Path file : configurationFiles()) {
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			for (int index = 0; index < lines.size(); index++) {
				String line = lines.get(index).strip();
				if (!line.startsWith("#") && !line.startsWith("!") && line.chars().anyMatch(c -> c > 127)) {
					found.add(file + ":" + (index + 1) + ": " + line);
				}
			}
		}
		assertThat(found).isEmpty();
	}

	private static List<Path> configurationFiles() throws IOException {
		List<Path> files = new ArrayList<>();
		for (Path folder : List.of(Path.of("src/main/resources"), Path.of("src/test/resources/config"))) {
			try (Stream<Path> listed = Files.list(folder)) {
				listed.filter(file -> file.getFileName().toString().matches("application.*\\.properties"))
					.sorted()
					.forEach(files::add);
			}
		}
		assertThat(files).isNotEmpty();
		return files;
	}
}
