/**
 * Demo data for the embedded default: a provincial Department of Industry and Trade with its
 * units, an officer for every role and a few applicants. Loaded once; switched off in production.
 */
@NullMarked
@ApplicationModule(displayName = "Demo data", allowedDependencies = { "shared", "identity", "organization" })
package vn.motcua.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
