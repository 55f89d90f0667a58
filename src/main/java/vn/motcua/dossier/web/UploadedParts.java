package vn.motcua.dossier.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.web.multipart.MultipartFile;

import vn.motcua.dossier.UploadedFile;
import vn.motcua.shared.InvalidRequestException;

/**
 * The files of a submission, sent as parts {@code document-N} (N = the required document's position),
 * whether from the form or from the API. Empty parts (a file input left blank) are no file.
 */
final class UploadedParts {

	static final String PREFIX = "document-";

	private UploadedParts() {
	}

	/** The files among the parts; a file part other than {@code document-N} and the named ones is refused. */
	static List<UploadedFile> of(Map<String, MultipartFile> parts, Set<String> otherParts) {
		List<UploadedFile> files = new ArrayList<>();
		parts.forEach((name, part) -> {
			if (otherParts.contains(name)) {
				return;
			}
			if (!name.startsWith(PREFIX)) {
				throw new InvalidRequestException("dossier.intake.part.unknown", name);
			}
			if (part.isEmpty() && (part.getOriginalFilename() == null || part.getOriginalFilename().isEmpty())) {
				return;
			}
			files.add(new UploadedFile(index(name), String.valueOf(part.getOriginalFilename()), bytes(part)));
		});
		return files;
	}

	private static int index(String name) {
		try {
			return Integer.parseInt(name.substring(PREFIX.length()));
		}
		catch (NumberFormatException e) {
			throw new InvalidRequestException("dossier.intake.part.unknown", name);
		}
	}

	private static byte[] bytes(MultipartFile part) {
		try {
			return part.getBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the uploaded part " + part.getName(), e);
		}
	}
}
