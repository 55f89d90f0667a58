package vn.motcua.catalog.web;

import org.jspecify.annotations.Nullable;

/** A row of the required documents table; a row left blank is dropped. */
public class DocumentRow {

	private String name = "";
	private @Nullable Integer originals = 1;
	private @Nullable Integer certifiedCopies = 0;
	private @Nullable Integer photocopies = 0;
	private boolean mandatory = true;
	private String templateSha256 = "";

	boolean isBlank() {
		return name.isBlank() && templateSha256.isBlank();
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public @Nullable Integer getOriginals() {
		return originals;
	}

	public void setOriginals(@Nullable Integer originals) {
		this.originals = originals;
	}

	public @Nullable Integer getCertifiedCopies() {
		return certifiedCopies;
	}

	public void setCertifiedCopies(@Nullable Integer certifiedCopies) {
		this.certifiedCopies = certifiedCopies;
	}

	public @Nullable Integer getPhotocopies() {
		return photocopies;
	}

	public void setPhotocopies(@Nullable Integer photocopies) {
		this.photocopies = photocopies;
	}

	public boolean isMandatory() {
		return mandatory;
	}

	public void setMandatory(boolean mandatory) {
		this.mandatory = mandatory;
	}

	public String getTemplateSha256() {
		return templateSha256;
	}

	public void setTemplateSha256(String templateSha256) {
		this.templateSha256 = templateSha256;
	}
}
