package vn.motcua.identity;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The security principal of a signed-in account, with the account's stamp at sign-in
 * ({@link SignedInAccounts}) and whether its holder must first choose their own password
 * ({@link OwnPasswordFirst}).
 */
record AccountPrincipal(CurrentUser user, String passwordHash, boolean locked, boolean enabled, String stamp,
		boolean mustChooseOwnPassword) implements UserDetails {

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<SimpleGrantedAuthority> authorities = user.roles().stream()
			.map(grant -> new SimpleGrantedAuthority(grant.role().authority()))
			.distinct()
			.toList();
		return authorities;
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return user.username();
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}
}
