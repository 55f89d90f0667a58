package vn.motcua.identity;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.health.actuate.endpoint.AdditionalHealthEndpointPath;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroup;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroupsPostProcessor;
import org.springframework.boot.health.actuate.endpoint.HttpCodeStatusMapper;
import org.springframework.boot.health.actuate.endpoint.StatusAggregator;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import vn.motcua.shared.InstallationAdministration;

/**
 * Health's components and details (the database, the disk) only for the installation's administrators
 * (decision 0050). Spring Boot's {@code management.endpoint.health.roles} can only name a role, and
 * another agency's administrator holds {@code ADMINISTRATOR} too; this narrows every health group's
 * answer to the installation check, on top of the role the settings name.
 */
@Component
class InstallationHealthDetails implements HealthEndpointGroupsPostProcessor {

	private final InstallationAdministration installation;

	InstallationHealthDetails(InstallationAdministration installation) {
		this.installation = installation;
	}

	@Override
	public HealthEndpointGroups postProcessHealthEndpointGroups(HealthEndpointGroups groups) {
		Map<String, HealthEndpointGroup> named = new LinkedHashMap<>();
		groups.getNames().forEach(name -> named.put(name, new ForTheInstallation(groups.get(name))));
		return HealthEndpointGroups.of(new ForTheInstallation(groups.getPrimary()), named);
	}

	private boolean administersInstallation(SecurityContext context) {
		return context.getPrincipal() instanceof Authentication authentication
				&& installation.administersInstallation(authentication);
	}

	private final class ForTheInstallation implements HealthEndpointGroup {

		private final HealthEndpointGroup group;

		private ForTheInstallation(HealthEndpointGroup group) {
			this.group = group;
		}

		@Override
		public boolean isMember(String name) {
			return group.isMember(name);
		}

		@Override
		public boolean showComponents(SecurityContext context) {
			return group.showComponents(context) && administersInstallation(context);
		}

		@Override
		public boolean showDetails(SecurityContext context) {
			return group.showDetails(context) && administersInstallation(context);
		}

		@Override
		public StatusAggregator getStatusAggregator() {
			return group.getStatusAggregator();
		}

		@Override
		public HttpCodeStatusMapper getHttpCodeStatusMapper() {
			return group.getHttpCodeStatusMapper();
		}

		@Override
		public AdditionalHealthEndpointPath getAdditionalPath() {
			return group.getAdditionalPath();
		}
	}
}
