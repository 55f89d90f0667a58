package vn.motcua.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.Sha256;

/**
 * Files on the local disk under {@code motcua.files.root}, content-addressed: a file is stored
 * under its SHA-256, so storing the same bytes twice keeps one copy and a stored file never
 * changes. Who may read a file is decided by the module that holds its hash, never here.
 */
@Service
public class FileStorage {

	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	private final Path root;

	FileStorage(@Value("${motcua.files.root}") Path root) {
		this.root = root;
	}

	/**
	 * Stores a document (PDF, Word, Excel, OpenDocument, RTF) after sniffing its bytes.
	 *
	 * @throws InvalidRequestException when the file is empty or is not a document
	 */
	public StoredFile storeDocument(String fileName, byte[] content) {
		if (content.length == 0) {
			throw new InvalidRequestException("document.file.empty", fileName);
		}
		String contentType = DocumentTypes.sniff(content, fileName);
		if (!DocumentTypes.isDocument(contentType)) {
			throw new InvalidRequestException("document.file.not-a-document", fileName);
		}
		String sha256 = Sha256.of(content);
		write(pathOf(sha256), content);
		return new StoredFile(sha256, fileName, contentType, content.length);
	}

	/**
	 * Stores a PDF this system signed itself (a dossier's result): it did not come from outside, so it is
	 * neither sniffed nor hashed again.
	 */
	public StoredFile storeSigned(String fileName, SignedPdf signed) {
		write(pathOf(signed.sha256()), signed.content());
		return new StoredFile(signed.sha256(), fileName, "application/pdf", signed.content().length);
	}

	/** The bytes stored under the hash, if any. */
	public Optional<byte[]> read(String sha256) {
		if (!isSha256(sha256)) {
			return Optional.empty();
		}
		Path path = pathOf(sha256);
		try {
			return Files.exists(path) ? Optional.of(Files.readAllBytes(path)) : Optional.empty();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read stored file " + sha256, e);
		}
	}

	static boolean isSha256(String value) {
		return SHA256.matcher(value).matches();
	}

	/** Two levels of directories so that no directory grows past a few thousand entries. */
	private Path pathOf(String sha256) {
		return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
	}

	private static void write(Path target, byte[] content) {
		if (!Files.exists(target)) {
			DurableFiles.write(target, content);
		}
	}
}
