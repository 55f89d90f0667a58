package vn.motcua.shared;

import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;

/**
 * Whose People's Inspection Board a user sits on (decision 0051): each agency has its own board, which
 * supervises that agency's work and not the others'. The organization module, which knows the agencies,
 * answers it; here so that a module that may not depend on it (the audit trail) can ask.
 */
public interface InspectionBoards {

	/**
	 * The codes of the agencies in which the authentication holds the people's inspector's role; empty for
	 * anybody else. Judges the authentication it is given, as {@link InstallationAdministration} does.
	 */
	Set<String> agenciesInspectedBy(@Nullable Authentication authentication);

	/** The home agency's code, once an agency bears it. */
	Optional<String> homeAgencyCode();
}
