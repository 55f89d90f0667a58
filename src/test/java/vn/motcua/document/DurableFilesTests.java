package vn.motcua.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stored file reaches the disk before the call returns: its bytes are flushed before it is moved
 * under its name, and then the entries naming it, and any directory made for it, are flushed.
 */
class DurableFilesTests {

	@TempDir
	Path root;

	final List<String> flushed = new ArrayList<>();

	/** Records each flush, with whether the file was already under its name at that moment. */
	DurableFiles.Disk watching(Path target) {
		return new DurableFiles.Disk() {

			@Override
			public void flush(FileChannel file) throws IOException {
				flushed.add("file of " + file.size() + " bytes, named: " + Files.exists(target));
				DurableFiles.DISK.flush(file);
			}

			@Override
			public void flushDirectory(Path directory) throws IOException {
				flushed.add("directory " + root.relativize(directory) + ", named: " + Files.exists(target));
				DurableFiles.DISK.flushDirectory(directory);
			}
		};
	}

	@Test
	void theBytesAreFlushedBeforeTheMoveAndTheNewDirectoriesAfterIt() throws IOException {
		Path target = root.resolve("ab").resolve("cd").resolve("abcd1234");

		DurableFiles.write(target, new byte[300], watching(target));

		assertThat(Files.readAllBytes(target)).hasSize(300);
		assertThat(flushed).containsExactly("file of 300 bytes, named: false", "directory ab/cd, named: true",
				"directory ab, named: true", "directory , named: true");
		try (var names = Files.list(target.getParent())) {
			assertThat(names).containsExactly(target); // the temporary file is gone
		}
	}

	@Test
	void inAnExistingDirectoryOnlyItsEntriesAreFlushedAgain() throws IOException {
		Path first = root.resolve("ab").resolve("first");
		DurableFiles.write(first, new byte[] { 1 });
		Path second = root.resolve("ab").resolve("second");

		DurableFiles.write(second, new byte[] { 2, 3 }, watching(second));

		assertThat(flushed).containsExactly("file of 2 bytes, named: false", "directory ab, named: true");
	}

	@Test
	void aDirectoryTheSystemWillNotFlushDoesNotFailTheFilesAlreadyFlushedInIt() {
		Path unflushable = root.resolve("gone");

		assertThatNoException().isThrownBy(() -> DurableFiles.DISK.flushDirectory(unflushable));
	}
}
