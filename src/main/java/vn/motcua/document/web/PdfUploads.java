package vn.motcua.document.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

import vn.motcua.document.SigningProperties;
import vn.motcua.shared.InvalidRequestException;

/**
 * Takes a PDF from an upload, refusing what is missing, empty, too large, or not a PDF by its
 * content (a renamed file of another kind), whatever its name and declared type say.
 */
@Component
class PdfUploads {

	private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private final DataSize maxSize;

	PdfUploads(SigningProperties properties) {
		this.maxSize = properties.verificationMaxSize();
	}

	private byte[] read(MultipartFile file) {
		if (file.isEmpty()) {
			throw new InvalidRequestException("document-signature.verify.error.empty");
		}
		if (file.getSize() > maxSize.toBytes()) {
			throw new InvalidRequestException("document-signature.verify.error.too-large", maxSizeText());
		}
		byte[] content = bytes(file);
		if (content.length < PDF_MAGIC.length || !Arrays.equals(content, 0, PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length)) {
			throw new InvalidRequestException("document-signature.verify.error.not-pdf");
		}
		return content;
	}

	/**
	 * The PDF if one was chosen: a form sent without a file carries an empty part with no name,
	 * which means "no file" here, not an empty file.
	 */
	byte @Nullable [] readIfChosen(@Nullable MultipartFile file) {
		boolean chosen = file != null && !(file.isEmpty()
				&& (file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty()));
		return chosen ? read(file) : null;
	}

	/** The limit as people write it: "8 MB", or "512 KB" below a megabyte. */
	String maxSizeText() {
		return maxSize.toMegabytes() > 0 ? maxSize.toMegabytes() + " MB" : maxSize.toKilobytes() + " KB";
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the upload", e);
		}
	}
}
