/**
 * Satisfaction ratings (đánh giá mức độ hài lòng): applicants rate the handling of their returned
 * dossiers online, walk-in applicants rate the service at the counter kiosk, and leaders read the
 * satisfaction per officer, unit, procedure, sector and period.
 */
@NullMarked
@ApplicationModule(displayName = "Rating",
		allowedDependencies = { "shared", "identity", "organization", "catalog", "dossier" })
package vn.motcua.rating;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
