package vn.motcua.organization.web;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import vn.motcua.identity.Account;
import vn.motcua.identity.Role;
import vn.motcua.organization.Officer;

/** What an administrator changes about an officer: unit, name, position, contact and roles. */
public class OfficerForm {

	@NotNull(message = "{organization.officer.unit.required}")
	private @Nullable UUID unitId;

	@NotBlank(message = "{organization.fullName.required}")
	@Size(max = 200, message = "{organization.fullName.size}")
	private String fullName = "";

	@NotBlank(message = "{organization.positionTitle.required}")
	@Size(max = 200, message = "{organization.positionTitle.size}")
	private String positionTitle = "";

	@Pattern(regexp = "\\s*|\\s*(0|\\+84)(3|5|7|8|9|2\\d)\\d{7,8}\\s*", message = "{organization.officer.phone.invalid}")
	private String phone = "";

	@Email(regexp = "\\s*|.+@.+\\..+", message = "{organization.officer.email.invalid}")
	@Size(max = 200, message = "{organization.officer.email.invalid}")
	private String email = "";

	@NotEmpty(message = "{organization.roles.required}")
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	static OfficerForm of(Officer officer, Account account) {
		OfficerForm form = new OfficerForm();
		form.setUnitId(officer.unitId());
		form.setFullName(officer.fullName());
		form.setPositionTitle(officer.positionTitle());
		form.setPhone(account.phone() == null ? "" : account.phone());
		form.setEmail(account.email() == null ? "" : account.email());
		account.roles().forEach(grant -> form.roles.add(grant.role()));
		return form;
	}

	/** The unit, once validation has made sure there is one. */
	UUID requiredUnitId() {
		if (unitId == null) {
			throw new IllegalStateException("The form was not validated");
		}
		return unitId;
	}

	@Nullable String phoneOrNull() {
		return phone.isBlank() ? null : phone.strip();
	}

	@Nullable String emailOrNull() {
		return email.isBlank() ? null : email.strip();
	}

	public @Nullable UUID getUnitId() {
		return unitId;
	}

	public void setUnitId(@Nullable UUID unitId) {
		this.unitId = unitId;
	}

	public String getFullName() {
		return fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	public String getPositionTitle() {
		return positionTitle;
	}

	public void setPositionTitle(String positionTitle) {
		this.positionTitle = positionTitle;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public Set<Role> getRoles() {
		return roles;
	}

	public void setRoles(@Nullable Set<Role> roles) {
		this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
	}
}
