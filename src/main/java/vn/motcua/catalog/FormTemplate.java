package vn.motcua.catalog;

/** The form (mẫu đơn, tờ khai) of a required document: a stored file, identified by its SHA-256. */
public record FormTemplate(String sha256, String fileName, String contentType, long size) {
}
