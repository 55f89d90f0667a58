package vn.motcua.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;

import org.apache.tika.Tika;

/**
 * What a file really is, sniffed from its bytes with Apache Tika (the file name only refines a
 * container format such as ZIP into DOCX). An executable renamed {@code .docx} stays an executable.
 */
final class DocumentTypes {

	/** The office and print formats a form, a template or a scanned paper may come in. */
	static final Set<String> DOCUMENTS = Set.of("application/pdf", "application/msword",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/vnd.ms-excel",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			"application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
			"application/rtf");

	private static final Tika TIKA = new Tika();

	private DocumentTypes() {
	}

	static String sniff(byte[] content, String fileName) {
		try {
			return TIKA.detect(new ByteArrayInputStream(content), fileName);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the uploaded bytes", e);
		}
	}

	static boolean isDocument(String contentType) {
		return DOCUMENTS.contains(contentType);
	}
}
