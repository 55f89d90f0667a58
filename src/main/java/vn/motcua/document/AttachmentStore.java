package vn.motcua.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.util.unit.DataSize;

import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.Sha256;

/**
 * Files attached to dossiers: PDF, JPEG, PNG, DOCX and XLSX only, sniffed from their bytes, up to a
 * configured size. Each upload is stored under an id of its own (not shared by equal content), so a
 * submission that fails can remove exactly the files it wrote without touching anyone else's.
 * <p>
 * A file lands with the rows that name it or not at all (decision 0023). Stored in a transaction, it
 * is removed when that transaction rolls back, whatever made it fail (a later check, a constraint, a
 * concurrent change, a listener before the commit). Stored outside a transaction, it is the caller's:
 * the caller removes it ({@link #delete}) when the rows that were to name it are not written, or holds
 * it on purpose and removes it itself later (a refused petition form's file, kept for its session).
 * Files stored just before the transaction that writes their rows ({@link #land}) are handed to it
 * as it begins, and follow it from then on.
 */
@Service
public class AttachmentStore {

	/** What an applicant may upload: scans and photos of papers, and office documents. */
	public static final Set<String> ACCEPTED = Set.of("application/pdf", "image/jpeg", "image/png",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private final Path root;
	private final DataSize maxSize;

	AttachmentStore(@Value("${motcua.files.root}") Path filesRoot,
			@Value("${motcua.document.max-attachment-size:10MB}") DataSize maxSize) {
		this.root = filesRoot.resolve("attachments");
		this.maxSize = maxSize;
	}

	/**
	 * Checks and stores one uploaded file.
	 *
	 * @throws InvalidRequestException when it is empty, too large, or not an accepted kind of file
	 */
	public Attachment store(String fileName, byte[] content) {
		return store(check(fileName, content));
	}

	/**
	 * Stores a file that passed {@link #check}, under the type the check sniffed; in a transaction, until
	 * it rolls back.
	 */
	public Attachment store(CheckedFile file) {
		String id = UUID.randomUUID().toString();
		DurableFiles.write(pathOf(id), file.content());
		if (TransactionEnd.open()) {
			removeOnRollback(List.of(id));
		}
		return new Attachment(id, file.fileName(), file.contentType(), file.content().length, Sha256.of(file.content()));
	}

	/**
	 * Stores the files, then writes the rows that name them ({@code rows}) in a transaction of
	 * {@code transactions}: a submission's files are written and flushed before its transaction takes one
	 * of the pool's connections. The files follow that transaction from its start, as if stored in it:
	 * removed when it rolls back, kept when it commits and when its outcome is unknown (the connection lost
	 * while committing, when the rows may be written). Whatever fails before it begins (storing a later
	 * file, beginning it), nothing names them yet, and they are removed here.
	 */
	public <T> T land(List<CheckedFile> files, TransactionOperations transactions, Function<List<Attachment>, T> rows) {
		List<Attachment> stored = new ArrayList<>();
		AtomicBoolean handedOver = new AtomicBoolean();
		try {
			for (CheckedFile file : files) {
				stored.add(store(file));
			}
			return transactions.execute(status -> {
				if (TransactionEnd.open()) {
					removeOnRollback(stored.stream().map(Attachment::id).toList());
					handedOver.set(true);
				}
				return rows.apply(stored);
			});
		}
		catch (RuntimeException | Error failure) {
			if (!handedOver.get()) {
				stored.forEach(attachment -> delete(attachment.id()));
			}
			throw failure;
		}
	}

	/**
	 * The same checks as {@link #store}, without storing: for a form that validates all its files
	 * before storing any. Sniffing a file's type is the costly part, so the file comes back with it.
	 */
	public CheckedFile check(String fileName, byte[] content) {
		if (content.length == 0) {
			throw new InvalidRequestException("document.attachment.empty", fileName);
		}
		if (content.length > maxSize.toBytes()) {
			throw new InvalidRequestException("document.attachment.too-large", fileName, maxSize.toMegabytes());
		}
		String contentType = DocumentTypes.sniff(content, fileName);
		if (!ACCEPTED.contains(contentType)) {
			throw new InvalidRequestException("document.attachment.type", fileName);
		}
		return new CheckedFile(fileName, content, contentType);
	}

	public Optional<byte[]> read(String id) {
		if (!ID.matcher(id).matches() || !Files.exists(pathOf(id))) {
			return Optional.empty();
		}
		try {
			return Optional.of(Files.readAllBytes(pathOf(id)));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read attachment " + id, e);
		}
	}

	/**
	 * Removes an attachment that no row names: one stored outside a transaction whose rows were not
	 * written, or one its row let go of once that row's change committed.
	 */
	public void delete(String id) {
		if (!ID.matcher(id).matches()) {
			return;
		}
		try {
			Files.deleteIfExists(pathOf(id));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot delete attachment " + id, e);
		}
	}

	static boolean isId(String name) {
		return ID.matcher(name).matches();
	}

	/** The folder of the attachments whose id begins with the two hexadecimal digits. */
	Path folderOf(String prefix) {
		return root.resolve(prefix);
	}

	public long maxSizeInMegabytes() {
		return maxSize.toMegabytes();
	}

	/** Each file has an id of its own: no other row can name it, so the rollback removes it outright. */
	private void removeOnRollback(List<String> ids) {
		TransactionEnd.whenEnded(rolledBack -> {
			if (rolledBack) {
				ids.forEach(this::delete);
			}
		});
	}

	private Path pathOf(String id) {
		return root.resolve(id.substring(0, 2)).resolve(id);
	}

}
