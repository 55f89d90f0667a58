/**
 * Listening to people: feedback and proposals on administrative regulations, questions,
 * complaints, denunciations (whose denouncer stays secret) and voter petitions, from every channel,
 * each handled within its legal time; the public questions and answers, and citizen reception.
 */
@NullMarked
@ApplicationModule(displayName = "Petition",
		allowedDependencies = { "shared", "identity", "organization", "catalog", "calendar", "audit", "document" })
package vn.motcua.petition;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
