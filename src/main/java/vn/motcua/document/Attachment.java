package vn.motcua.document;

/**
 * A file an applicant or the desk attached to a dossier: its own id in the attachment store, its
 * name as uploaded, what it really is, its size and its SHA-256 (to show it was never changed).
 */
public record Attachment(String id, String fileName, String contentType, long size, String sha256) {
}
