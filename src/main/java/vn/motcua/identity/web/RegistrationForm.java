package vn.motcua.identity.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import vn.motcua.identity.AccountKind;
import vn.motcua.identity.Registration;

/**
 * The registration form of citizens and businesses. A citizen gives the 12-digit citizen ID
 * (CCCD); a business or organisation gives its tax code, 10 digits or 10 + 3 for a branch.
 */
public class RegistrationForm {

	static final String CITIZEN_ID = "\\d{12}";
	static final String TAX_CODE = "\\d{10}(-\\d{3})?";

	@NotNull(message = "{identity.register.kind.required}")
	private @Nullable AccountKind kind = AccountKind.CITIZEN;

	@NotBlank(message = "{identity.register.fullName.required}")
	@Size(max = 200, message = "{identity.register.fullName.size}")
	private String fullName = "";

	@NotBlank(message = "{identity.register.idNumber.required}")
	private String idNumber = "";

	@NotBlank(message = "{identity.register.phone.required}")
	@Pattern(regexp = ContactForm.PHONE, message = "{identity.register.phone.invalid}")
	private String phone = "";

	@NotBlank(message = "{identity.register.email.required}")
	@Email(regexp = ".+@.+\\..+", message = "{identity.register.email.invalid}")
	@Size(max = 200, message = "{identity.register.email.invalid}")
	private String email = "";

	@NotBlank(message = "{identity.register.password.required}")
	private String password = "";

	private String passwordConfirmation = "";

	/** The citizen ID for a citizen, the tax code for a business or organisation. */
	@AssertTrue(message = "{identity.register.idNumber.invalid}")
	public boolean isIdNumberValid() {
		if (kind == null || idNumber.isBlank()) {
			return true;
		}
		return idNumber.trim().matches(kind == AccountKind.CITIZEN ? CITIZEN_ID : TAX_CODE);
	}

	@AssertTrue(message = "{identity.register.passwordConfirmation.mismatch}")
	public boolean isPasswordConfirmed() {
		return password.equals(passwordConfirmation);
	}

	Registration toRegistration() {
		return new Registration(kind == null ? AccountKind.CITIZEN : kind, fullName.trim(), idNumber.trim(),
				phone.trim(), email.trim(), password);
	}

	public @Nullable AccountKind getKind() {
		return kind;
	}

	public void setKind(@Nullable AccountKind kind) {
		this.kind = kind;
	}

	public String getFullName() {
		return fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	public String getIdNumber() {
		return idNumber;
	}

	public void setIdNumber(String idNumber) {
		this.idNumber = idNumber;
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

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getPasswordConfirmation() {
		return passwordConfirmation;
	}

	public void setPasswordConfirmation(String passwordConfirmation) {
		this.passwordConfirmation = passwordConfirmation;
	}
}
