package vn.motcua.organization.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import vn.motcua.organization.Agency;

/** The name and province of an agency, as an administrator edits them. */
public class AgencyForm {

	@NotBlank(message = "{organization.name.required}")
	@Size(max = 300, message = "{organization.name.size}")
	private String name = "";

	@NotBlank(message = "{organization.province.required}")
	@Size(max = 100, message = "{organization.province.size}")
	private String province = "";

	static AgencyForm of(Agency agency) {
		AgencyForm form = new AgencyForm();
		form.setName(agency.name());
		form.setProvince(agency.province());
		return form;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getProvince() {
		return province;
	}

	public void setProvince(String province) {
		this.province = province;
	}
}
