package vn.motcua.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.Sha256;

/**
 * Files on the local disk under {@code motcua.files.root}, content-addressed: a file is stored
 * under its SHA-256, so storing the same bytes twice keeps one copy and a stored file never
 * changes. Who may read a file is decided by the module that holds its hash, never here.
 * <p>
 * A file written in a transaction goes when that transaction rolls back (decision 0023), unless
 * another row may name it: equal bytes are one file, so it stays when it was on the disk before, or when
 * any other writer of the same bytes committed or had no transaction. This instance counts the open
 * transactions that store each file it wrote; the last to end removes it if none kept it.
 * <p>
 * A writer that finds its file already on the disk looks at it in the turn of {@link FoundAgain}, in which
 * the orphan-file sweep of any instance removes such files (decision 0038).
 */
@Service
public class FileStorage {

	private static final Logger log = LoggerFactory.getLogger(FileStorage.class);

	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	/**
	 * Runs a writer's look at a file already on the disk in the turn, shared by every instance, in which
	 * the orphan-file sweep removes content-addressed files ({@link ContentFileTurns}).
	 */
	interface FoundAgain {

		void inTurn(Runnable look);
	}

	private final Path root;
	private final FoundAgain foundAgain;

	/** Files written by a transaction that has not ended yet, by their hash. */
	private final ConcurrentMap<String, Writers> pending = new ConcurrentHashMap<>();

	FileStorage(@Value("${motcua.files.root}") Path root, FoundAgain foundAgain) {
		this.root = root;
		this.foundAgain = foundAgain;
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
		write(sha256, content);
		return new StoredFile(sha256, fileName, contentType, content.length);
	}

	/**
	 * Stores a PDF this system signed itself (a dossier's result): it did not come from outside, so it is
	 * neither sniffed nor hashed again.
	 */
	public StoredFile storeSigned(String fileName, SignedPdf signed) {
		write(signed.sha256(), signed.content());
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

	/**
	 * Writes the file unless it is there, and counts the transaction storing it. One hash at a time
	 * (the map's lock for that key, held while the file is written), so that a rollback never removes
	 * a file between another writer finding it on the disk and counting itself. A file already there
	 * is looked at in the sweep's turn: it may be an old one no row names yet.
	 */
	private void write(String sha256, byte[] content) {
		Path target = pathOf(sha256);
		boolean inTransaction = TransactionEnd.open();
		if (Files.exists(target)) {
			foundAgain.inTurn(() -> writeOrTouch(sha256, target, content, inTransaction));
		}
		else {
			writeOrTouch(sha256, target, content, inTransaction);
		}
		if (inTransaction) {
			TransactionEnd.whenEnded(rolledBack -> ended(sha256, rolledBack));
		}
	}

	private void writeOrTouch(String sha256, Path target, byte[] content, boolean inTransaction) {
		pending.compute(sha256, (hash, writers) -> {
			boolean absent = !Files.exists(target);
			if (absent) {
				DurableFiles.write(target, content);
			}
			else {
				// named again: young again, so that the orphan-file sweep spares it until this writer's row commits
				touch(target);
			}
			if (!inTransaction) {
				// the caller keeps it for good: no rollback of another writer may remove it now
				return writers == null ? null : new Writers(writers.open(), false);
			}
			return writers == null ? new Writers(1, absent) : new Writers(writers.open() + 1, writers.removable() || absent);
		});
	}

	/**
	 * Removes a file the sweep found named by no row ({@link OrphanFileSweep}), unless a transaction of
	 * this instance is storing it or it was stored or found again since {@code cutoff}: under the hash's
	 * lock, so that no writer of this instance finds it on the disk and counts on it meanwhile, and in
	 * the sweep's turn ({@link ContentFileTurns}), so that no writer of another one does.
	 *
	 * @return the bytes removed, or -1 when the file stays
	 */
	long removeUnnamed(String sha256, Instant cutoff) {
		long[] removed = { -1 };
		pending.compute(sha256, (hash, writers) -> {
			if (writers == null) {
				removed[0] = OrphanFileSweep.removeIfOlder(pathOf(hash), cutoff);
			}
			return writers;
		});
		return removed[0];
	}

	/** The folder of the files whose hash begins with the two hexadecimal digits. */
	Path folderOf(String prefix) {
		return root.resolve(prefix);
	}

	private static void touch(Path file) {
		try {
			Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot store file " + file.getFileName(), e);
		}
	}

	/** One writer's transaction ended: a commit keeps the file; the last writer to end removes it if it still may. */
	private void ended(String sha256, boolean rolledBack) {
		pending.computeIfPresent(sha256, (hash, writers) -> {
			boolean removable = writers.removable() && rolledBack;
			if (writers.open() > 1) {
				return new Writers(writers.open() - 1, removable);
			}
			if (removable) {
				remove(pathOf(hash));
			}
			return null;
		});
	}

	private static void remove(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException e) {
			log.warn("Cannot remove {}, stored by a transaction that rolled back: no row names it", file, e);
		}
	}

	/**
	 * The open transactions storing one file, and whether the file may still go with them: it was written
	 * by one of them, and nobody kept it since.
	 */
	private record Writers(int open, boolean removable) {
	}
}
