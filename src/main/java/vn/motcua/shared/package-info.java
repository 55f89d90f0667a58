/**
 * Small building blocks every module uses: the clock, the actor of a change, the audit event
 * contract, per-module access rules, message bundles and problem details.
 */
@NullMarked
@ApplicationModule(displayName = "Shared")
package vn.motcua.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
