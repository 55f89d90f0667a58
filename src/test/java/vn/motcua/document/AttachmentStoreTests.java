package vn.motcua.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.util.unit.DataSize;

import vn.motcua.testing.TestFiles;

/** An attachment stored in a transaction goes with its rollback, and only then (decision 0023). */
@Tag("rule")
class AttachmentStoreTests {

	@TempDir
	Path root;

	@Test
	void anAttachmentGoesWhenItsTransactionRollsBackAndStaysWhenItCommitsOrItsEndIsUnknown() {
		AttachmentStore store = new AttachmentStore(root, DataSize.ofMegabytes(10));

		assertThat(storedIn(store, TransactionSynchronization.STATUS_ROLLED_BACK)).isEmpty();
		assertThat(storedIn(store, TransactionSynchronization.STATUS_COMMITTED)).isPresent();
		assertThat(storedIn(store, TransactionSynchronization.STATUS_UNKNOWN)).as("its rows may have been written")
			.isPresent();
	}

	@Test
	void anAttachmentStoredWithoutATransactionIsTheCallers() {
		AttachmentStore store = new AttachmentStore(root, DataSize.ofMegabytes(10));
		String id = store.store("don.pdf", TestFiles.onePagePdf()).id();

		assertThat(store.read(id)).isPresent();
		store.delete(id);
		assertThat(store.read(id)).isEmpty();
	}

	/** What is left of a file stored in a transaction that ended so. */
	private static Optional<byte[]> storedIn(AttachmentStore store, int status) {
		AtomicReference<String> id = new AtomicReference<>();
		PendingTransaction.running(() -> id.set(store.store("don.pdf", TestFiles.onePagePdf()).id())).end(status);
		return store.read(id.get());
	}
}
