package vn.motcua.shared;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** A form's field left empty, named at that field before any rule runs. */
public final class RequiredFields {

	private RequiredFields() {
	}

	/**
	 * Rejects the field when it has no value, unless it already has an error: a value it could not take
	 * (a date typed as 31/12/2026) also leaves it empty, and that error says more.
	 */
	public static void require(BindingResult binding, String field, @Nullable Object value, String messageKey) {
		if (value == null && !binding.hasFieldErrors(field)) {
			binding.rejectValue(field, messageKey);
		}
	}
}
