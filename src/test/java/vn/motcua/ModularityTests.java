package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules keep to their declared dependencies; their diagram is written into docs/modules, with
 * the lines whose order the documenter leaves to chance sorted, so that an unchanged design leaves
 * the files unchanged.
 */
@Tag("rule")
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(MotcuaApplication.class);

	@Test
	void modulesKeepToTheirDeclaredDependencies() {
		MODULES.verify();
	}

	@Test
	void writesTheModuleDiagramIntoDocs() throws IOException {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		try (Stream<Path> files = Files.list(Path.of("docs/modules"))) {
			for (Path file : files.toList()) {
				Files.writeString(file, sortedRuns(Files.readString(file)));
			}
		}
	}

	@Test
	void sortsRunsOfLinesOfOneKindAndLeavesTheRestInPlace() {
		assertThat(sortedRuns("a\nRel(b)\nRel(a)\nx\n  Container(z)\n  Container(y)\n"))
			.isEqualTo("a\nRel(a)\nRel(b)\nx\n  Container(y)\n  Container(z)\n");
		assertThat(sortedRuns("|Beans\n|* `b` x\n* `a` y\n|Next\n")).isEqualTo("|Beans\n|* `a` y\n* `b` x\n|Next\n");
	}

	/**
	 * Sorts each run of consecutive lines of one kind: PlantUML calls of one macro at one indentation
	 * ({@code Rel(}, {@code Container(}) and AsciiDoc list items of one table cell (the first marked {@code |}).
	 */
	static String sortedRuns(String text) {
		List<String> lines = List.of(text.split("\n", -1));
		List<String> result = new ArrayList<>();
		int i = 0;
		while (i < lines.size()) {
			String kind = kind(lines.get(i));
			int end = i + 1;
			while (kind != null && end < lines.size() && kind.equals(continuation(kind, lines.get(end)))) {
				end++;
			}
			List<String> run = new ArrayList<>(lines.subList(i, end));
			if (end - i > 1) {
				boolean cell = run.get(0).startsWith("|");
				run.replaceAll(line -> line.startsWith("|") ? line.substring(1) : line);
				Collections.sort(run);
				if (cell) {
					run.set(0, "|" + run.get(0));
				}
			}
			result.addAll(run);
			i = end;
		}
		return String.join("\n", result);
	}

	private static @Nullable String kind(String line) {
		Matcher call = MACRO_CALL.matcher(line);
		if (call.lookingAt()) {
			return call.group(1);
		}
		return line.startsWith("* `") || line.startsWith("|* `") ? "* `" : null;
	}

	private static @Nullable String continuation(String kind, String line) {
		return line.startsWith("|") ? null : kind(line);
	}

	private static final Pattern MACRO_CALL = Pattern.compile("(\\s*\\w+\\()");
}
