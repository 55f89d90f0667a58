/**
 * Reporting: the statutory report on procedure handling (Biểu 06/VPCP/KSTT), the public transparency
 * dashboard and the leaders' dashboard, computed from a read model of dossier facts fed by the
 * dossier module's events.
 */
@NullMarked
@ApplicationModule(displayName = "Reporting",
		allowedDependencies = { "shared", "identity", "organization", "calendar", "catalog", "dossier", "document" })
package vn.motcua.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
