package vn.motcua.identity.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;

/** A new password, typed twice. */
public class NewPasswordForm {

	@NotBlank(message = "{identity.register.password.required}")
	private String newPassword = "";

	private String newPasswordConfirmation = "";

	@AssertTrue(message = "{identity.register.passwordConfirmation.mismatch}")
	public boolean isNewPasswordConfirmed() {
		return newPassword.equals(newPasswordConfirmation);
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
