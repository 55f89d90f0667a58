package vn.motcua.organization.web;

import org.springframework.validation.BindingResult;

import vn.motcua.shared.InvalidFieldException;
import vn.motcua.shared.InvalidRequestException;

/** Puts a rule the services refused beside the form field it concerns, or at the top of the form. */
final class FormErrors {

	private FormErrors() {
	}

	static void reject(BindingResult errors, InvalidRequestException refusal) {
		String field = refusal instanceof InvalidFieldException one ? one.field() : null;
		if (field != null && errors.getFieldType(field) != null) {
			errors.rejectValue(field, refusal.messageKey(), refusal.arguments(), refusal.messageKey());
		}
		else {
			errors.reject(refusal.messageKey(), refusal.arguments(), refusal.messageKey());
		}
	}
}
