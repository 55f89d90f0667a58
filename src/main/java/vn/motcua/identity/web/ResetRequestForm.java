package vn.motcua.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Who asks for a link to choose a new password: the identifier they sign in with. */
public record ResetRequestForm(
		@NotBlank(message = "{identity.reset.identifier.required}")
		@Size(max = 200, message = "{identity.reset.identifier.size}") String identifier) {
}
