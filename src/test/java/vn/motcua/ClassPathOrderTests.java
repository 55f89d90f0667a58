package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The libraries most classes are loaded from come first on the class path (decision 0016): a class
 * is looked for in each library in order, so one of these late on the path costs a failed look-up
 * in every library before it, for each of its thousands of classes. The test class path follows the
 * same Maven order as the executable jar's.
 */
class ClassPathOrderTests {

	static final List<String> MOST_USED = List.of("spring-core-", "spring-boot-4", "h2-", "jackson-databind-3",
			"spring-context-", "spring-data-commons-", "hibernate-validator-", "spring-data-relational-",
			"spring-web-", "jackson-databind-2", "flyway-core-", "spring-beans-", "spring-webmvc-",
			"spring-boot-autoconfigure-", "spring-security-core-", "spring-data-jdbc-");

	@Test
	void theMostUsedLibrariesAreAmongTheFirstOnTheClassPath() throws IOException {
		// each library has one manifest; the class loader lists them in class-path order
		List<String> libraries = Collections.list(getClass().getClassLoader().getResources("META-INF/MANIFEST.MF"))
			.stream()
			.map(URL::toString)
			.filter(url -> url.contains(".jar!"))
			.map(url -> url.substring(url.lastIndexOf('/', url.indexOf(".jar!")) + 1, url.indexOf(".jar!")))
			.toList();
		assertThat(libraries).hasSizeGreaterThan(100);
		for (String library : MOST_USED) {
			int position = indexOf(libraries, library);
			assertThat(position).as("position of %s among %s libraries: %s", library, libraries.size(), libraries)
				.isBetween(0, 45);
		}
	}

	static int indexOf(List<String> libraries, String prefix) {
		for (int i = 0; i < libraries.size(); i++) {
			if (libraries.get(i).startsWith(prefix)) {
				return i;
			}
		}
		return -1;
	}
}
