package vn.motcua.organization;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The home agency's name, which heads every page. */
@ControllerAdvice
@EnableConfigurationProperties(OrganizationProperties.class)
class HomeAgencyModel {

	private final OrganizationManagement organization;
	private final MessageSource messages;

	HomeAgencyModel(OrganizationManagement organization, MessageSource messages) {
		this.organization = organization;
		this.messages = messages;
	}

	@ModelAttribute("agencyName")
	String agencyName() {
		return organization.homeAgency()
			.map(Agency::name)
			.orElseGet(() -> messages.getMessage("layout.system-name", null, LocaleContextHolder.getLocale()));
	}
}
