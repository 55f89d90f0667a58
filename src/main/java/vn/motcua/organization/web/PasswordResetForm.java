package vn.motcua.organization.web;

import jakarta.validation.constraints.NotBlank;

/** The new password an administrator gives an officer who lost theirs. */
public class PasswordResetForm {

	@NotBlank(message = "{organization.officer.password.required}")
	private String newPassword = "";

	public String getNewPassword() {
		return newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}
}
