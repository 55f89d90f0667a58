/**
 * The public home page and each signed-in user's home: an applicant's account page and an
 * officer's workspace with the tools of their roles.
 */
@NullMarked
@ApplicationModule(displayName = "Portal", allowedDependencies = { "shared", "identity", "organization" })
package vn.motcua.portal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
