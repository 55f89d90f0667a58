package vn.motcua.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the demo data ({@code motcua.demo.*}).
 *
 * @param enabled load the demo agency, officers and applicants at start-up (once)
 * @param agencyCode the code of the demo agency, the same as the home agency by default
 */
@ConfigurationProperties("motcua.demo")
record DemoProperties(@DefaultValue("false") boolean enabled,
		String agencyCode) {
}
