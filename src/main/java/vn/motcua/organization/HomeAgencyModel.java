package vn.motcua.organization;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.ModelMap;

import vn.motcua.shared.PageModel;

/** The home agency's name, which heads every page, and its contact details, which end it. */
@Component
@EnableConfigurationProperties(OrganizationProperties.class)
class HomeAgencyModel implements PageModel {

	private final OrganizationManagement organization;
	private final MessageSource messages;

	HomeAgencyModel(OrganizationManagement organization, MessageSource messages) {
		this.organization = organization;
		this.messages = messages;
	}

	@Override
	public void contribute(HttpServletRequest request, ModelMap model) {
		if (!model.containsAttribute("agencyName")) {
			Optional<Agency> home = organization.homeAgency();
			model.addAttribute("agencyName", home.map(Agency::name)
				.orElseGet(() -> messages.getMessage("layout.system-name", null, LocaleContextHolder.getLocale())));
			home.ifPresent(agency -> model.addAttribute("agencyContact", organization.contact(agency.id())));
		}
	}
}
