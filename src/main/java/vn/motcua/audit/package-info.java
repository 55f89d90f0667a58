/**
 * The audit trail: an append-only record of every state change and sensitive read, each entry
 * chained to the one before by a SHA-256 hash, and the check that names the first entry changed or
 * removed behind the system's back.
 */
@NullMarked
@ApplicationModule(displayName = "Audit", allowedDependencies = "shared")
package vn.motcua.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
