/**
 * Reporting: the statutory report on procedure handling (Biểu 06/VPCP/KSTT), the public transparency
 * dashboard, the leaders' dashboard, the satisfaction report and the service index (Decision 766), computed from a read model of dossier facts fed by the
 * dossier module's events.
 */
@NullMarked
@ApplicationModule(displayName = "Reporting",
		allowedDependencies = { "shared", "identity", "organization", "calendar", "catalog", "dossier", "document", "rating", "petition" })
package vn.motcua.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
