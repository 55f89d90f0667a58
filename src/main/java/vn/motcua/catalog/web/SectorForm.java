package vn.motcua.catalog.web;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A sector to add or rename. */
public class SectorForm {

	@Pattern(regexp = "[A-Z0-9_]{1,40}", message = "{catalog.sector.invalid}")
	private String code = "";

	@NotBlank(message = "{catalog.form.sector-name.required}")
	@Size(max = 300, message = "{catalog.form.text.too-long}")
	private String name = "";

	@Min(value = 0, message = "{catalog.form.position.invalid}")
	private int position = 100;

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public int getPosition() {
		return position;
	}

	public void setPosition(int position) {
		this.position = position;
	}
}
