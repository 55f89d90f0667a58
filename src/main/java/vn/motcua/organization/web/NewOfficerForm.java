package vn.motcua.organization.web;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import vn.motcua.identity.OfficerUsername;
import vn.motcua.identity.PasswordChosenBy;
import vn.motcua.organization.OfficerRegistration;

/** A new officer: besides what can be changed later, the user name and the initial password of their account. */
public class NewOfficerForm extends OfficerForm {

	@NotBlank(message = "{organization.username.required}")
	@Pattern(regexp = "\\s*" + OfficerUsername.PATTERN + "\\s*", message = "{identity.username.invalid}")
	private String username = "";

	@NotBlank(message = "{organization.officer.password.required}")
	private String initialPassword = "";

	/** The administrator typed the initial password: the officer replaces it with their own at their first sign-in. */
	OfficerRegistration toRegistration(UUID agencyId) {
		return new OfficerRegistration(agencyId, requiredUnitId(), getFullName(), getPositionTitle(), username.strip(),
				phoneOrNull(), emailOrNull(), initialPassword, getRoles(), PasswordChosenBy.SOMEONE_ELSE);
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getInitialPassword() {
		return initialPassword;
	}

	public void setInitialPassword(String initialPassword) {
		this.initialPassword = initialPassword;
	}
}
