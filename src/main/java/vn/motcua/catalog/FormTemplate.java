package vn.motcua.catalog;

import java.util.Objects;

/** The form (mẫu đơn, tờ khai) of a required document: a stored file, identified by its SHA-256. */
public record FormTemplate(String sha256, String fileName, String contentType, long size) {

	public FormTemplate {
		Objects.requireNonNull(sha256, "sha256");
		Objects.requireNonNull(fileName, "fileName");
		Objects.requireNonNull(contentType, "contentType");
	}
}
