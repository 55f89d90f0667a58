package vn.motcua.identity.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;

/** The signed-in person's new password, proved by the current one and typed twice. */
public class PasswordForm {

	@NotBlank(message = "{identity.password.current.required}")
	private String currentPassword = "";

	@NotBlank(message = "{identity.register.password.required}")
	private String newPassword = "";

	private String newPasswordConfirmation = "";

	@AssertTrue(message = "{identity.register.passwordConfirmation.mismatch}")
	public boolean isNewPasswordConfirmed() {
		return newPassword.equals(newPasswordConfirmation);
	}

	public String getCurrentPassword() {
		return currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getNewPassword() {
		return newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	public String getNewPasswordConfirmation() {
		return newPasswordConfirmation;
	}

	public void setNewPasswordConfirmation(String newPasswordConfirmation) {
		this.newPasswordConfirmation = newPasswordConfirmation;
	}
}
