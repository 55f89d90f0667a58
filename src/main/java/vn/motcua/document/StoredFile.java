package vn.motcua.document;

/**
 * A file kept by {@link FileStorage}: its SHA-256 (the key under which it is stored), the name it
 * was uploaded with, the sniffed content type and its size in bytes.
 */
public record StoredFile(String sha256, String fileName, String contentType, long size) {

	public StoredFile {
		if (!FileStorage.isSha256(sha256)) {
			throw new IllegalArgumentException("Not a SHA-256 in hexadecimal: " + sha256);
		}
	}
}
