package vn.motcua.identity;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/** A role held by an account, for one agency (officer roles) or for none (applicants). */
@Table("account_role")
public record RoleGrant(Role role, @Nullable UUID agencyId) {

	public static RoleGrant applicant() {
		return new RoleGrant(Role.APPLICANT, null);
	}

	public static RoleGrant officer(Role role, UUID agencyId) {
		if (!role.isOfficerRole()) {
			throw new IllegalArgumentException("Not an officer role: " + role);
		}
		return new RoleGrant(role, agencyId);
	}
}
