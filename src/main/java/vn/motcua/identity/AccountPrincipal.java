package vn.motcua.identity;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The security principal of a signed-in account, with the account's stamp at sign-in
 * ({@link SignedInAccounts}), whether its holder must first choose their own password
 * ({@link OwnPasswordFirst}), and whether that password, someone else's choice, has expired: then it signs
 * nobody in (checked only once the password given matched, so that a wrong one still counts towards the lock).
 */
record AccountPrincipal(CurrentUser user, String passwordHash, boolean locked, boolean enabled, String stamp,
		boolean mustChooseOwnPassword, boolean temporaryPasswordExpired) implements UserDetails {

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

	@Override
	public boolean isCredentialsNonExpired() {
		return !temporaryPasswordExpired;
	}
}
