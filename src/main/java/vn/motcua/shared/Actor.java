package vn.motcua.shared;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who made a change: the signed-in account's user name, or {@link #SYSTEM} for scheduled jobs,
 * demo data and migrations, or {@link #ANONYMOUS} for a public form.
 */
public record Actor(String name) {

	public static final Actor SYSTEM = new Actor("system");
	public static final Actor ANONYMOUS = new Actor("anonymous");

	public Actor {
		if (name.isBlank()) {
			throw new IllegalArgumentException("An actor needs a name");
		}
	}

	/** The actor of the current request, read from the security context. */
	public static Actor current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()) {
			return SYSTEM;
		}
		if (authentication instanceof AnonymousAuthenticationToken) {
			return ANONYMOUS;
		}
		return new Actor(authentication.getName());
	}
}
