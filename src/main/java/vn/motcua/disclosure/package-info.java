/**
 * What the agency publishes (công khai), to the public or to its own officers (grassroots democracy
 * in the office): prepared, published by a unit head or the leader for a posting period, corrected by
 * a replacement or withdrawn, with the officers' read confirmations for the inspection board.
 */
@NullMarked
@ApplicationModule(displayName = "Disclosure",
		allowedDependencies = { "shared", "identity", "organization", "audit", "document" })
package vn.motcua.disclosure;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
