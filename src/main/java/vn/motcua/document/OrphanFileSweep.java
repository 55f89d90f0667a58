package vn.motcua.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

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

/**
 * Removes the stored files no row names (decision 0028): left by a process that died between writing
 * a file and the end of its transaction, by earlier versions, by a commit whose outcome was unknown
 * and that did not in fact commit, or let go of by their row (a draft result replaced). Only files
 * older than the grace period go, so that a file whose row is still being written, or a refused
 * petition form's file kept for its session, is never taken. The modules say which files their rows
 * name ({@link StoredFileNames}), one folder (two hexadecimal digits) at a time. One audit entry per
 * sweep, with the count and the bytes.
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

	private final AttachmentStore attachments;
	private final FileStorage files;
	private final List<StoredFileNames> owners;
	private final Settings settings;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final TransactionTemplate inTransaction;

	OrphanFileSweep(AttachmentStore attachments, FileStorage files, List<StoredFileNames> owners, Settings settings,
			ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
		this.attachments = attachments;
		this.files = files;
		this.owners = owners;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
		this.inTransaction = new TransactionTemplate(transactions);
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
			sweep(Store.ATTACHMENTS, prefix, attachments.folderOf(prefix), 1, AttachmentStore::isId, cutoff, tally);
			sweep(Store.CONTENT, prefix, files.folderOf(prefix), 2, FileStorage::isSha256, cutoff, tally);
		}
		Swept swept = new Swept(tally.files, tally.bytes);
		inTransaction.executeWithoutResult(status -> events.publishEvent(new StoredFilesSwept(clock.instant(),
				"older-than-" + cutoff, swept.files() + " stored files named by no row and older than " + cutoff
						+ " removed (" + swept.bytes() + " bytes)")));
		log.info("Removed {} stored files named by no row and older than {} ({} bytes)", swept.files(), cutoff,
				swept.bytes());
		return swept;
	}

	/** One folder: its old files, less those a module names, go. */
	private void sweep(Store store, String prefix, Path folder, int depth, Predicate<String> isName, Instant cutoff,
			Tally tally) {
		if (!Files.isDirectory(folder)) {
			return;
		}
		Map<String, Path> candidates = new HashMap<>();
		try (Stream<Path> found = Files.walk(folder, depth)) {
			found.filter(Files::isRegularFile).filter(file -> modified(file).isBefore(cutoff)).forEach(file -> {
				String name = file.getFileName().toString();
				if (DurableFiles.isTemporary(name)) {
					tally.add(removeIfOlder(file, cutoff)); // a write that never finished: nothing names it
				}
				else if (isName.test(name)) {
					candidates.put(name, file);
				}
			});
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot list " + folder, e);
		}
		Set<String> unnamed = new HashSet<>(candidates.keySet());
		for (StoredFileNames owner : owners) {
			if (unnamed.isEmpty()) {
				return;
			}
			unnamed.removeAll(owner.named(store, prefix, Set.copyOf(unnamed)));
		}
		for (String name : unnamed) {
			tally.add(store == Store.ATTACHMENTS ? removeIfOlder(candidates.get(name), cutoff)
					: files.removeUnnamed(name, cutoff));
		}
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

	private static Instant modified(Path file) {
		try {
			return Files.getLastModifiedTime(file).toInstant();
		}
		catch (IOException gone) {
			return Instant.MAX; // removed meanwhile: nothing to sweep
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
