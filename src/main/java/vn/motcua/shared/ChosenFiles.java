package vn.motcua.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/**
 * The files an officer chose in a form's file input that takes several, each as the module's own
 * record of a name and bytes. A browser sends an empty part for an input left empty: it is no file.
 */
public final class ChosenFiles {

	private ChosenFiles() {
	}

	public static <T> List<T> read(@Nullable List<MultipartFile> parts, BiFunction<String, byte[], T> file) {
		List<T> files = new ArrayList<>();
		for (MultipartFile part : parts == null ? List.<MultipartFile>of() : parts) {
			if (!part.isEmpty()) {
				try {
					files.add(file.apply(String.valueOf(part.getOriginalFilename()), part.getBytes()));
				}
				catch (IOException e) {
					throw new UncheckedIOException("Cannot read the uploaded file " + part.getOriginalFilename(), e);
				}
			}
		}
		return files;
	}
}
