package vn.motcua.consultation.web;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

import vn.motcua.shared.InvalidFieldException;
import vn.motcua.shared.InvalidRequestException;

/**
 * A rule's refusal on a form's page: tied to its field when it names one (a file input by its name),
 * else at the top of the form.
 */
final class FieldErrors {

	private FieldErrors() {
	}

	static void show(InvalidRequestException refused, BindingResult binding, Model model) {
		if (refused instanceof InvalidFieldException field && binding.getFieldType(field.field()) != null) {
			binding.rejectValue(field.field(), field.messageKey(), field.arguments(), field.messageKey());
		}
		else if (refused instanceof InvalidFieldException file) {
			// a file input is no property of the form: its page shows the error by the input's name
			model.addAttribute(file.field() + "Error", refused);
		}
		else {
			model.addAttribute("error", refused);
		}
	}
}
