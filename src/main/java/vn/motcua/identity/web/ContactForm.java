package vn.motcua.identity.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An applicant's contact details: where notices about their dossiers reach them. */
public record ContactForm(
		@NotBlank(message = "{identity.register.phone.required}")
		@Pattern(regexp = PHONE, message = "{identity.register.phone.invalid}") String phone,
		@NotBlank(message = "{identity.register.email.required}")
		@Email(regexp = ".+@.+\\..+", message = "{identity.register.email.invalid}")
		@Size(max = 200, message = "{identity.register.email.invalid}") String email) {

	/** Vietnamese mobile (03, 05, 07, 08, 09) or landline (02x) numbers, national or +84 form. */
	static final String PHONE = "(0|\\+84)(3|5|7|8|9|2\\d)\\d{7,8}";
}
