/**
 * The procedure catalogue: sectors, procedures and their versions announced by decisions with an
 * effective date, required documents, fees, internal processes, and a search that ignores
 * Vietnamese diacritics, letter case and word order.
 */
@NullMarked
@ApplicationModule(displayName = "Catalog",
		allowedDependencies = { "shared", "identity", "organization", "calendar", "document" })
package vn.motcua.catalog;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
