package vn.motcua.audit;

import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.Authentication;

import vn.motcua.shared.InspectionBoards;
import vn.motcua.shared.InstallationAdministration;

/**
 * What the audit module's own tests stand in for the organization module, which they do not start: the
 * installation's administrators, whom the trail's access rules ask about (decision 0040), and the inspection
 * boards, whose scope its pages ask about (decision 0051). Nobody is either; these tests call the module,
 * not its pages.
 */
@TestConfiguration(proxyBeanMethods = false)
class WithoutTheOrganization {

	@Bean
	InstallationAdministration nobodyAdministersTheInstallation() {
		return authentication -> false;
	}

	@Bean
	InspectionBoards noBoards() {
		return new InspectionBoards() {

			@Override
			public Set<String> agenciesInspectedBy(@Nullable Authentication authentication) {
				return Set.of();
			}

			@Override
			public Optional<String> homeAgencyCode() {
				return Optional.empty();
			}
		};
	}
}
