/**
 * Dossiers (hồ sơ): intake through every channel, their codes, statuses and lifecycle, the
 * official slips and the dossier register.
 */
@NullMarked
@ApplicationModule(displayName = "Dossier",
		allowedDependencies = { "shared", "identity", "organization", "catalog", "calendar", "document", "audit" })
package vn.motcua.dossier;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
