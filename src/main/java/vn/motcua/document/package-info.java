/**
 * Files: content-addressed storage on the local disk, and sniffing of what a file really is
 * (from its bytes, not its name) so that only documents are accepted where documents are expected.
 */
@NullMarked
@ApplicationModule(displayName = "Document", allowedDependencies = { "shared", "organization" })
package vn.motcua.document;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
