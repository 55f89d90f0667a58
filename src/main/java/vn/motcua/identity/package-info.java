/**
 * Accounts of citizens, businesses and officers: registration, sign-in, lockout, roles scoped to
 * an agency, and who the current user is.
 */
@NullMarked
@ApplicationModule(displayName = "Identity", allowedDependencies = "shared")
package vn.motcua.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
