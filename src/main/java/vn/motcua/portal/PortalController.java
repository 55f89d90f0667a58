package vn.motcua.portal;

import java.util.Comparator;
import java.util.List;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.CurrentUser;
import vn.motcua.identity.Role;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.AccessRules;
import vn.motcua.shared.InstallationAdministration;

/** The public home page, and the page each user lands on after signing in. */
@Controller
class PortalController {

	private final AccountManagement accounts;
	private final OrganizationManagement organization;
	private final InstallationAdministration installation;

	PortalController(AccountManagement accounts, OrganizationManagement organization,
			InstallationAdministration installation) {
		this.accounts = accounts;
		this.organization = organization;
		this.installation = installation;
	}

	@GetMapping("/")
	String publicHome() {
		return "portal/index";
	}

	/** Where the agency and its one-stop desk are and how to reach them (the layout's model gives them). */
	@GetMapping("/contact")
	String contact() {
		return "portal/contact";
	}

	@GetMapping("/home")
	String home(Authentication authentication, Model model) {
		CurrentUser user = accounts.currentUser().orElseThrow();
		if (user.isApplicant()) {
			model.addAttribute("account", accounts.findById(user.accountId()).orElseThrow());
			return "portal/applicant-home";
		}
		List<Role> roles = user.roles().stream().map(grant -> grant.role()).distinct()
			.sorted(Comparator.naturalOrder()).toList();
		model.addAttribute("roles", roles);
		// the installation's pages are linked only for those who may open them (decision 0040)
		model.addAttribute("administersInstallation", installation.administersInstallation(authentication));
		organization.officerOfAccount(user.accountId()).ifPresent(officer -> {
			model.addAttribute("officer", officer);
			model.addAttribute("unit", organization.unit(officer.unitId()));
			model.addAttribute("agency", organization.agency(officer.agencyId()));
		});
		return "portal/officer-home";
	}

	@Component
	static class PortalAccessRules implements AccessRules {

		@Override
		public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
			rules.requestMatchers("/", "/contact").permitAll();
			rules.requestMatchers("/home").authenticated();
		}
	}
}
