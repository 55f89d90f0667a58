package vn.motcua.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a file so that it is on the disk when the call returns: into a temporary file beside the
 * target, flushed, moved into place in one step (a reader never sees half a file), then the
 * directory's entries flushed. Uploads and signed results are written before the transaction that
 * names them commits, and PostgreSQL flushes that commit; without these flushes a power cut in the
 * next seconds could leave a committed dossier naming a file the disk never received (on ext4, an
 * empty file under the content's hash).
 */
final class DurableFiles {

	private static final Logger log = LoggerFactory.getLogger(DurableFiles.class);

	/** Makes written data and directory entries reach the disk; the tests watch the order of the calls. */
	interface Disk {

		void flush(FileChannel file) throws IOException;

		void flushDirectory(Path directory) throws IOException;
	}

	/** The machine's own disk. */
	static final Disk DISK = new Disk() {

		private final boolean windows = System.getProperty("os.name", "").startsWith("Windows");

		private final AtomicBoolean warned = new AtomicBoolean();

		@Override
		public void flush(FileChannel file) throws IOException {
			file.force(true);
		}

		/**
		 * Best effort (PostgreSQL, too, lets a directory pass whose flush the system refuses): some file
		 * systems, network shares among them, refuse to flush a directory. The file's own bytes are flushed by then, and failing every upload on such
		 * a disk would be worse than a rename its journal has not yet written.
		 */
		@Override
		public void flushDirectory(Path directory) {
			if (windows) {
				return; // the JDK cannot open a directory there: the move is as durable as the file system makes it
			}
			try (FileChannel entries = FileChannel.open(directory, StandardOpenOption.READ)) {
				entries.force(true);
			}
			catch (IOException refused) {
				if (warned.compareAndSet(false, true)) {
					log.warn("The file system refuses to flush the directory {} ({}); stored files are flushed, "
							+ "their directory entries are left to it (logged once)", directory, refused.toString());
				}
			}
		}
	};

	private static final String TEMPORARY_PREFIX = "upload";
	private static final String TEMPORARY_SUFFIX = ".tmp";

	private DurableFiles() {
	}

	/** Whether the name is one of a temporary file of a write (left behind only by a process that died writing). */
	static boolean isTemporary(String fileName) {
		return fileName.startsWith(TEMPORARY_PREFIX) && fileName.endsWith(TEMPORARY_SUFFIX);
	}

	static void write(Path target, byte[] content) {
		write(target, content, DISK);
	}

	static void write(Path target, byte[] content, Disk disk) {
		Path directory = target.toAbsolutePath().getParent();
		try {
			List<Path> created = missingDirectories(directory);
			Files.createDirectories(directory);
			Path temporary = Files.createTempFile(directory, TEMPORARY_PREFIX, TEMPORARY_SUFFIX);
			try {
				try (FileChannel file = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
					ByteBuffer bytes = ByteBuffer.wrap(content);
					while (bytes.hasRemaining()) {
						file.write(bytes);
					}
					disk.flush(file);
				}
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			finally {
				Files.deleteIfExists(temporary);
			}
			disk.flushDirectory(directory);
			// a directory made for this file is itself an entry of its parent
			for (Path made : created) {
				disk.flushDirectory(made.getParent());
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot store file " + target.getFileName(), e);
		}
	}

	/** The directories that do not exist yet, deepest first. */
	private static List<Path> missingDirectories(Path directory) {
		List<Path> missing = new ArrayList<>();
		for (Path path = directory; path != null && !Files.isDirectory(path); path = path.getParent()) {
			missing.add(path);
		}
		return missing;
	}
}
