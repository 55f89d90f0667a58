/**
 * Asking people before deciding: drafts of rules put out for public or staff comment, with the
 * synthesis of how each comment was taken up or answered, and survey campaigns with their results.
 */
@NullMarked
@ApplicationModule(displayName = "Consultation",
		allowedDependencies = { "shared", "identity", "organization", "calendar", "audit", "document" })
package vn.motcua.consultation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
