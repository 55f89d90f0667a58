package vn.motcua.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * A test of the whole application through MockMvc, on the layer's database, with demo data.
 * <p>
 * Every such test class shares one Spring context per layer and test JVM (a second one when it also imports
 * {@link MutableClock.Configuration}): each other combination of annotations starts the application
 * again, some ten seconds on a CI machine, and once on H2 and once on PostgreSQL. So the
 * {@link StatementLog} is always in it; it only records while a test asks it to.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@Import(StatementLog.Configuration.class)
public @interface WebTest {
}
