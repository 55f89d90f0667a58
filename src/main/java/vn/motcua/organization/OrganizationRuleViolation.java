package vn.motcua.organization;

import vn.motcua.shared.InvalidRequestException;

/** Input that an organization rule refuses, with the form field it concerns so that pages can show it there. */
public class OrganizationRuleViolation extends InvalidRequestException {

	private final String field;

	OrganizationRuleViolation(String field, String messageKey, Object... arguments) {
		super(messageKey, arguments);
		this.field = field;
	}

	/** The name of the field at fault, as the service's parameters and the pages' forms call it. */
	public String field() {
		return field;
	}
}
