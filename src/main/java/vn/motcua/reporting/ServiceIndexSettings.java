package vn.motcua.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The weights and targets of the service index, effective-dated: a period is scored with the latest
 * version in force on its last day. Points and targets are keyed by sub-criterion code; targets in per cent.
 * {@code announcementLeadWorkingDays} is how many working days before the legal basis takes effect a
 * procedure must be announced to count as announced on time (sub-criterion 1.1; 5 for a province).
 */
@ConfigurationProperties("motcua.reporting.service-index")
record ServiceIndexSettings(List<Version> versions) {

	ServiceIndexSettings {
		versions = versions == null ? List.of() : List.copyOf(versions);
	}

	record Version(String name, LocalDate effectiveFrom, Map<String, BigDecimal> points,
			Map<String, BigDecimal> targets, Integer announcementLeadWorkingDays) {

		Version {
			if (announcementLeadWorkingDays == null || announcementLeadWorkingDays < 0) {
				throw new IllegalStateException("Service index version " + name
						+ " needs announcement-lead-working-days (sub-criterion 1.1)");
			}
			points = points == null ? Map.of() : Map.copyOf(points);
			targets = targets == null ? Map.of() : Map.copyOf(targets);
		}
	}

	/** The version in force on {@code day}. */
	Version on(LocalDate day) {
		return versions.stream()
			.filter(version -> !version.effectiveFrom().isAfter(day))
			.max(Comparator.comparing(Version::effectiveFrom))
			.orElseThrow(() -> new vn.motcua.shared.InvalidRequestException("reporting.index.no-version"));
	}
}
