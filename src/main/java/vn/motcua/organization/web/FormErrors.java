package vn.motcua.organization.web;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

import vn.motcua.identity.DuplicateAccountException;
import vn.motcua.shared.InvalidFieldException;
import vn.motcua.shared.InvalidRequestException;

/** Puts a rule the services refused beside the form field it concerns, or at the top of the form. */
final class FormErrors {

	private FormErrors() {
	}

	static void reject(BindingResult errors, InvalidRequestException refusal) {
		String field = fieldOf(refusal);
		if (field != null && errors.getFieldType(field) != null) {
			errors.rejectValue(field, refusal.messageKey(), refusal.arguments(), refusal.messageKey());
		}
		else {
			errors.reject(refusal.messageKey(), refusal.arguments(), refusal.messageKey());
		}
	}

	private static @Nullable String fieldOf(InvalidRequestException refusal) {
		if (refusal instanceof InvalidFieldException field) {
			return field.field();
		}
		if (refusal instanceof DuplicateAccountException duplicate) {
			return duplicate.field();
		}
		return null;
	}
}
