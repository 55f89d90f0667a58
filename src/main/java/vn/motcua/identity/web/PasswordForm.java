package vn.motcua.identity.web;

import jakarta.validation.constraints.NotBlank;

/** The signed-in person's new password, proved by the current one. */
public class PasswordForm extends NewPasswordForm {

	@NotBlank(message = "{identity.password.current.required}")
	private String currentPassword = "";

	public String getCurrentPassword() {
		return currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}
}
