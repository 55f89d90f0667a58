/**
 * Agencies (the tenants, each with its official electronic code), their tree of units, and the
 * officers who work in them.
 */
@NullMarked
@ApplicationModule(displayName = "Organization", allowedDependencies = { "shared", "identity" })
package vn.motcua.organization;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
