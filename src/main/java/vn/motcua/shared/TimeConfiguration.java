package vn.motcua.shared;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.databind.JacksonModule;

/**
 * The one clock of the system, in Vietnam's time zone, replaceable in tests, and the one form of the
 * times in the application's JSON.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	@Bean
	Clock clock() {
		return Clock.system(VietnamTime.ZONE);
	}

	/** Spring Boot registers every module bean with the application's {@code JsonMapper}. */
	@Bean
	JacksonModule apiTimeModule() {
		return new ApiTimeModule();
	}
}
