package vn.motcua.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.document.StoredFileNames.Store;
import vn.motcua.shared.Actor;
import vn.motcua.shared.AuditableEvent;
import vn.motcua.shared.InstanceTurns;

/**
 * Removes the stored files no row names (decision 0028): left by a process that died between writing
 * a file and the end of its transaction, by earlier versions, by a commit whose outcome was unknown
 * and that did not in fact commit, or let go of by their row (a draft result replaced). Only files
 * older than the grace period go, so that a file whose row is still being written, or a refused
 * petition form's file kept for its session, is never taken. The modules say which files their rows
 * name ({@link StoredFileNames}), one folder (two hexadecimal digits) at a time, by indexed columns.
 * A content-addressed file, which a writer on any instance may find again, is removed in the turn such
 * writers take (decision 0038). One audit entry per sweep, with the count and the bytes.
 */
@Component
@EnableConfigurationProperties(OrphanFileSweep.Settings.class)
public class OrphanFileSweep {

	/**
	 * {@code motcua.files.sweep.*}: on or off, how old a file no row names must be to go, how often the
	 * schedule sweeps.
	 */
	@ConfigurationProperties("motcua.files.sweep")
	public record Settings(@DefaultValue("true") boolean enabled, @DefaultValue("P2D") Duration grace,
			@DefaultValue("P1D") Duration interval) {

		public Settings {
			// shorter, it could take a file whose transaction is still open or a petition form's kept file
			if (grace.compareTo(Duration.ofDays(1)) < 0) {
				throw new IllegalArgumentException("motcua.files.sweep.grace must be at least one day");
			}
		}
	}

	/** What a sweep removed. */
	public record Swept(int files, long bytes) {
	}

	private static final Logger log = LoggerFactory.getLogger(OrphanFileSweep.class);

	/** The scheduled sweep's turn, shared by the instances. */
	static final String TURN = "orphan-file-sweep";

	private final AttachmentStore attachments;
	private final FileStorage files;
	private final List<StoredFileNames> owners;
	private final Settings settings;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final TransactionTemplate inTransaction;
	private final ContentFileTurns contentTurns;
	private final InstanceTurns turns;

	OrphanFileSweep(AttachmentStore attachments, FileStorage files, List<StoredFileNames> owners, Settings settings,
			ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions,
			ContentFileTurns contentTurns, InstanceTurns turns) {
		this.attachments = attachments;
		this.files = files;
		this.contentTurns = contentTurns;
		this.turns = turns;
		this.owners = owners;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
		this.inTransaction = new TransactionTemplate(transactions);
	}

	/**
	 * Sweeps, as {@link #sweep}, unless another instance took its turn at it in the last half interval:
	 * every instance runs the schedule, and one of them sweeps in each interval (decision 0038).
	 *
	 * @return what this sweep removed, or nothing when another instance swept
	 */
	public Optional<Swept> sweepInTurn() {
		Instant now = clock.instant();
		boolean turn = Boolean.TRUE.equals(inTransaction
			.execute(status -> turns.takeUnlessTakenSince(TURN, now.minus(settings.interval().dividedBy(2)), now)));
		return turn ? Optional.of(sweep()) : Optional.empty();
	}

	/** Removes every file no row names that is older than the grace period; nothing when turned off. */
	public Swept sweep() {
		if (!settings.enabled()) {
			return new Swept(0, 0);
		}
		Instant cutoff = clock.instant().minus(settings.grace());
		Tally tally = new Tally();
		for (int digits = 0; digits < 256; digits++) {
			String prefix = "%02x".formatted(digits);
			Map<String, Path> uploads = oldFiles(attachments.folderOf(prefix), 1, AttachmentStore::isId, cutoff, tally);
			unnamed(Store.ATTACHMENTS, prefix, uploads.keySet())
				.forEach(name -> tally.add(removeIfOlder(uploads.get(name), cutoff)));
			Map<String, Path> contents = oldFiles(files.folderOf(prefix), 2, FileStorage::isSha256, cutoff, tally);
			if (!contents.isEmpty()) {
				removeUnnamedContents(prefix, contents.keySet(), cutoff, tally);
			}
		}
		Swept swept = new Swept(tally.files, tally.bytes);
		inTransaction.executeWithoutResult(status -> events.publishEvent(new StoredFilesSwept(clock.instant(),
				"older-than-" + cutoff, swept.files() + " stored files named by no row and older than " + cutoff
						+ " removed (" + swept.bytes() + " bytes)")));
		log.info("Removed {} stored files named by no row and older than {} ({} bytes)", swept.files(), cutoff,
				swept.bytes());
		return swept;
	}

	/**
	 * The files of a folder older than the cutoff, by name; the leftovers of a write that never finished
	 * go on the way. Files come and go while the folder is read (a write's temporary file is moved into
	 * place): one gone before its age is read is passed over, not a failure of the sweep.
	 */
	private static Map<String, Path> oldFiles(Path folder, int depth, Predicate<String> isName, Instant cutoff,
			Tally tally) {
		Map<String, Path> old = new HashMap<>();
		if (!Files.isDirectory(folder)) {
			return old;
		}
		try {
			Files.walkFileTree(folder, Set.of(), depth, new SimpleFileVisitor<>() {

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
					String name = file.getFileName().toString();
					if (attributes.isRegularFile() && attributes.lastModifiedTime().toInstant().isBefore(cutoff)) {
						if (DurableFiles.isTemporary(name)) {
							tally.add(removeIfOlder(file, cutoff)); // a write that never finished: nothing names it
						}
						else if (isName.test(name)) {
							old.put(name, file);
						}
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException failure) throws IOException {
					if (failure instanceof NoSuchFileException) {
						return FileVisitResult.CONTINUE;
					}
					throw failure;
				}
			});
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot list " + folder, e);
		}
		return old;
	}

	/**
	 * Removes the content-addressed files no row names in the turn writers take when they find such a
	 * file on the disk ({@link ContentFileTurns}), asking the modules within it: a writer of any instance
	 * has either committed its row by then or finds the file gone afterwards. While a writer holds the
	 * turn the folder's files stay for the next sweep.
	 */
	private void removeUnnamedContents(String prefix, Set<String> candidates, Instant cutoff, Tally tally) {
		boolean swept = Boolean.TRUE.equals(inTransaction.execute(status -> {
			if (!contentTurns.tryTake()) {
				return false;
			}
			unnamed(Store.CONTENT, prefix, candidates).forEach(name -> tally.add(files.removeUnnamed(name, cutoff)));
			return true;
		}));
		if (!swept) {
			log.info("Content-addressed files beginning with {} kept until the next sweep: a writer holds their turn",
					prefix);
		}
	}

	/** Those of the candidates no module names, the modules asked in their order about what the ones before left. */
	private Set<String> unnamed(Store store, String prefix, Set<String> candidates) {
		Set<String> unnamed = new HashSet<>(candidates);
		for (StoredFileNames owner : owners) {
			if (unnamed.isEmpty()) {
				break;
			}
			unnamed.removeAll(owner.named(store, prefix, Set.copyOf(unnamed)));
		}
		return unnamed;
	}

	/**
	 * Removes the file unless it changed since {@code cutoff} (a content-addressed file found again by a
	 * writer is touched, and is young again).
	 *
	 * @return the bytes removed, or -1 when it stays
	 */
	static long removeIfOlder(Path file, Instant cutoff) {
		try {
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
			if (!attributes.lastModifiedTime().toInstant().isBefore(cutoff)) {
				return -1;
			}
			Files.delete(file);
			return attributes.size();
		}
		catch (NoSuchFileException gone) {
			return -1;
		}
		catch (IOException e) {
			log.warn("Cannot remove {}, named by no row", file, e);
			return -1;
		}
	}

	private static final class Tally {

		private int files;
		private long bytes;

		void add(long removed) {
			if (removed >= 0) {
				files++;
				bytes += removed;
			}
		}
	}

	/** A sweep ended (audited in the system's name, whatever it removed). */
	record StoredFilesSwept(Instant occurredAt, String recordId, String summary) implements AuditableEvent {

		@Override
		public Actor actor() {
			return Actor.SYSTEM;
		}

		@Override
		public String action() {
			return "document.files.swept";
		}

		@Override
		public String recordType() {
			return "StoredFile";
		}
	}
}
