package vn.motcua.organization.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import vn.motcua.organization.Agency;

/** A new agency: its official code besides its name and province. The code never changes afterwards. */
public class NewAgencyForm extends AgencyForm {

	@NotBlank(message = "{organization.code.required}")
	@Pattern(regexp = "\\s*" + Agency.CODE_PATTERN + "\\s*", message = "{organization.agency.code.invalid}")
	private String code = "";

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}
}
