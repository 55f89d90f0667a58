package vn.motcua.consultation.survey.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.motcua.identity.Role;
import vn.motcua.shared.AccessRules;

/**
 * Who reaches the survey paths. The services check more: the officer's agency, that only a unit head
 * or the leader opens, extends and closes a survey, and that a staff survey is only its agency's.
 */
@Component
class SurveyAccessRules implements AccessRules {

	static final String[] READERS = { Role.SPECIALIST.name(), Role.UNIT_HEAD.name(), Role.AGENCY_LEADER.name(),
			Role.PEOPLES_INSPECTOR.name() };
	static final String[] PREPARERS = { Role.SPECIALIST.name(), Role.UNIT_HEAD.name(), Role.AGENCY_LEADER.name() };
	static final String[] DECIDERS = { Role.UNIT_HEAD.name(), Role.AGENCY_LEADER.name() };
	/** The preparers and the one-stop desk, where paper forms are handed in: the desk reaches nothing else. */
	static final String[] PAPER_ENTRANTS = { Role.RECEPTION_OFFICER.name(), Role.SPECIALIST.name(),
			Role.UNIT_HEAD.name(), Role.AGENCY_LEADER.name() };

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/surveys", "/surveys/*", "/api/v1/surveys", "/api/v1/surveys/*",
				"/api/v1/surveys/*/results").permitAll();
		rules.requestMatchers(HttpMethod.POST, "/surveys/*/responses", "/api/v1/surveys/*/responses").permitAll();
		rules.requestMatchers(HttpMethod.GET, "/work/surveys/paper", "/work/surveys/*/paper").hasAnyRole(PAPER_ENTRANTS);
		rules.requestMatchers(HttpMethod.POST, "/work/surveys/*/paper").hasAnyRole(PAPER_ENTRANTS);
		rules.requestMatchers(HttpMethod.POST, "/work/surveys/*/open", "/work/surveys/*/extension",
				"/work/surveys/*/close").hasAnyRole(DECIDERS);
		rules.requestMatchers(HttpMethod.POST, "/work/surveys", "/work/surveys/**").hasAnyRole(PREPARERS);
		rules.requestMatchers(HttpMethod.GET, "/work/surveys/new").hasAnyRole(PREPARERS);
		rules.requestMatchers(HttpMethod.GET, "/work/surveys", "/work/surveys/**").hasAnyRole(READERS);
	}
}
