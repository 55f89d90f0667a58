package vn.motcua.audit;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import vn.motcua.shared.InstallationAdministration;

/**
 * What the audit module's own tests stand in for the organization module, which they do not start: the
 * installation's administrators, whom the trail's access rules ask about (decision 0040). Nobody is one;
 * these tests call the module, not its pages.
 */
@TestConfiguration(proxyBeanMethods = false)
class WithoutTheOrganization {

	@Bean
	InstallationAdministration nobodyAdministersTheInstallation() {
		return authentication -> false;
	}
}
