package vn.motcua.identity;

import java.util.LinkedHashMap;
import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.DelegatingAccessDeniedHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import vn.motcua.shared.AccessRules;
import vn.motcua.shared.RateLimits;

/**
 * Who may call what. Each module declares the rules of its own paths ({@link AccessRules}); whatever
 * no rule names is denied. Pages sign in with a form and a session; API clients may also use HTTP
 * Basic, and such requests (which a browser cannot forge across sites) are exempt from CSRF.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(IdentityProperties.class)
class SecurityConfiguration {

	/** Machine endpoints: answered with problem details (401/403), never with the sign-in page. */
	static final RequestMatcher API = request -> {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/api/") || path.startsWith("/actuator/");
	};

	/**
	 * API requests that a browser session cannot carry: with their own credentials, or without a
	 * session cookie at all. Only session-authenticated requests need a CSRF token.
	 */
	private static final RequestMatcher API_WITHOUT_SESSION = request -> API.matches(request)
			&& (request.getHeader("Authorization") != null || request.getRequestedSessionId() == null);

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, List<AccessRules> moduleRules,
			SignInHandlers signInHandlers, ApiSecurityProblems apiProblems, ExpiredForms expiredForms,
			SignedInAccounts signedIn, RateLimits limits) throws Exception {
		http.authorizeHttpRequests(rules -> {
			rules.requestMatchers("/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico", "/error").permitAll();
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
			.defaultAccessDeniedHandlerFor(apiProblems, API)
			.defaultAccessDeniedHandlerFor(pageRefusals(expiredForms), AnyRequestMatcher.INSTANCE));
		http.csrf(csrf -> csrf.ignoringRequestMatchers(API_WITHOUT_SESSION, UnreadableUploads.UNREADABLE));
		http.addFilterBefore(new UnreadableUploads(request -> {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			return path.equals("/login") || path.equals("/logout");
		}), CsrfFilter.class);
		// before both ways of signing in (the form's filter comes before HTTP Basic's)
		http.addFilterBefore(new SignInLimit(limits, apiProblems), UsernamePasswordAuthenticationFilter.class);
		http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
		http.addFilterBefore(new SignedOutWhenChanged(signedIn, apiProblems), AuthorizationFilter.class);
		// after the check above: a sign-in that no longer stands is signed out, not sent to choose a password
		http.addFilterAfter(new OwnPasswordFirst(apiProblems), SignedOutWhenChanged.class);
		http.headers(headers -> headers
			.contentSecurityPolicy(csp -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
							+ "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'"))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
		http.requestCache(Customizer.withDefaults());
		return http.build();
	}

	/**
	 * A page's form sent without its session's CSRF token gets the page saying the form expired; any
	 * other refusal, the error page (403) as before.
	 */
	private static AccessDeniedHandler pageRefusals(ExpiredForms expiredForms) {
		LinkedHashMap<Class<? extends AccessDeniedException>, AccessDeniedHandler> byRefusal = new LinkedHashMap<>();
		byRefusal.put(CsrfException.class, expiredForms);
		return new DelegatingAccessDeniedHandler(byRefusal, new AccessDeniedHandlerImpl());
	}

	/**
	 * No observation per security filter: the actuator already times every request
	 * ({@code http.server.requests}), and wrapping each of the chain's fifteen filters in an observation
	 * of its own was a measurable share of every request's CPU (bench/README.md, 2 December findings).
	 */
	@Bean
	SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	/** Adaptive hashing (bcrypt), with the algorithm named in each hash so that it can be upgraded. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}
}
