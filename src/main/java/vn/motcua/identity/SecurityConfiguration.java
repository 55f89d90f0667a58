package vn.motcua.identity;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;

import vn.motcua.shared.AccessRules;

/**
 * Who may call what. Each module declares the rules of its own paths ({@link AccessRules}); whatever
 * no rule names is denied. Pages sign in with a form and a session; API clients may also use HTTP
 * Basic, and such requests (which a browser cannot forge across sites) are exempt from CSRF, as are the
 * stateless public API paths that modules name ({@link AccessRules#csrfExemptApiPaths()}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(IdentityProperties.class)
class SecurityConfiguration {

	/** Machine endpoints: answered with problem details (401/403), never with the sign-in page. */
	static final RequestMatcher API = request -> {
		String path = path(request);
		return path.startsWith("/api/") || path.startsWith("/actuator/");
	};

	private static final RequestMatcher API_WITH_CREDENTIALS = request -> API.matches(request)
			&& request.getHeader("Authorization") != null;

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, List<AccessRules> moduleRules,
			SignInHandlers signInHandlers, ApiSecurityProblems apiProblems) throws Exception {
		http.authorizeHttpRequests(rules -> {
			rules.requestMatchers("/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico", "/error").permitAll();
			rules.requestMatchers("/actuator/health", "/actuator/health/**").permitAll();
			rules.requestMatchers("/actuator/**").hasRole(Role.ADMINISTRATOR.name());
			rules.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll();
			moduleRules.forEach(module -> module.configure(rules));
			rules.anyRequest().denyAll();
		});
		http.formLogin(form -> form.loginPage("/login")
			.successHandler(signInHandlers)
			.failureHandler(signInHandlers)
			.permitAll());
		http.httpBasic(basic -> basic.authenticationEntryPoint(apiProblems));
		var signedOut = new SimpleUrlLogoutSuccessHandler();
		signedOut.setDefaultTargetUrl("/?signedOut");
		http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessHandler(signedOut));
		var signInPage = new LoginUrlAuthenticationEntryPoint("/login");
		http.exceptionHandling(errors -> errors
			.authenticationEntryPoint((request, response, e) -> (API.matches(request) ? apiProblems : signInPage)
				.commence(request, response, e))
			.defaultAccessDeniedHandlerFor(apiProblems, API));
		Set<String> exempt = moduleRules.stream()
			.flatMap(module -> module.csrfExemptApiPaths().stream())
			.filter(path -> path.startsWith("/api/"))
			.collect(Collectors.toUnmodifiableSet());
		http.csrf(csrf -> csrf.ignoringRequestMatchers(API_WITH_CREDENTIALS, request -> exempt.contains(path(request))));
		http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
		http.headers(headers -> headers
			.contentSecurityPolicy(csp -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
							+ "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'"))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
		http.requestCache(Customizer.withDefaults());
		return http.build();
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	/** Adaptive hashing (bcrypt), with the algorithm named in each hash so that it can be upgraded. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}
}
