package vn.motcua.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.transaction.support.TransactionSynchronization;

import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.Sha256;
import vn.motcua.testing.TestFiles;

@Tag("rule")
class FileStorageTests {

	@TempDir
	Path root;

	@Test
	void storesADocumentUnderItsHashOnceAndReadsItBack() throws Exception {
		FileStorage storage = new FileStorage(root, Runnable::run);
		byte[] docx = TestFiles.docx("Mẫu đơn");

		StoredFile first = storage.storeDocument("mau-don.docx", docx);
		StoredFile again = storage.storeDocument("ban-sao.docx", docx);

		assertThat(first.sha256()).isEqualTo(again.sha256()).isEqualTo(Sha256.of(docx));
		assertThat(first.contentType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThat(storage.read(first.sha256())).hasValue(docx);
		try (var files = Files.walk(root)) {
			assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(1);
		}
	}

	@Test
	void acceptsAPdf() {
		assertThat(new FileStorage(root, Runnable::run).storeDocument("to-khai.pdf", TestFiles.pdf("x")).contentType())
			.isEqualTo("application/pdf");
	}

	@Test
	void storesASignedResultUnderTheHashItWasSignedWith() {
		FileStorage storage = new FileStorage(root, Runnable::run);
		byte[] pdf = TestFiles.pdf("kết quả");

		StoredFile stored = storage.storeSigned("ket-qua.pdf", new SignedPdf(pdf, Sha256.of(pdf)));

		assertThat(stored.sha256()).isEqualTo(Sha256.of(pdf));
		assertThat(stored.contentType()).isEqualTo("application/pdf");
		assertThat(stored.size()).isEqualTo(pdf.length);
		assertThat(storage.read(stored.sha256())).hasValue(pdf);
	}

	@Test
	void refusesAnExecutableRenamedAsADocumentAndStoresNothing() throws Exception {
		FileStorage storage = new FileStorage(root, Runnable::run);
		assertThatThrownBy(() -> storage.storeDocument("mau-don.docx", TestFiles.executable()))
			.isInstanceOf(InvalidRequestException.class)
			.extracting(e -> ((InvalidRequestException) e).messageKey()).isEqualTo("document.file.not-a-document");
		assertThatThrownBy(() -> storage.storeDocument("to-khai.pdf", "just text".getBytes(StandardCharsets.UTF_8)))
			.extracting(e -> ((InvalidRequestException) e).messageKey()).isEqualTo("document.file.not-a-document");
		try (var files = Files.walk(root)) {
			assertThat(files.filter(Files::isRegularFile).count()).isZero();
		}
	}

	@Test
	void refusesAnEmptyFile() {
		assertThatThrownBy(() -> new FileStorage(root, Runnable::run).storeDocument("mau.docx", new byte[0]))
			.extracting(e -> ((InvalidRequestException) e).messageKey()).isEqualTo("document.file.empty");
	}

	@Test
	void aFileWrittenInATransactionGoesWhenItRollsBackAndStaysWhenItCommitsOrItsEndIsUnknown() {
		FileStorage storage = new FileStorage(root, Runnable::run);
		byte[] rolledBack = TestFiles.docx("Mẫu 1");
		byte[] committed = TestFiles.docx("Mẫu 2");
		byte[] unknown = TestFiles.docx("Mẫu 3");

		storing(storage, rolledBack).end(TransactionSynchronization.STATUS_ROLLED_BACK);
		storing(storage, committed).end(TransactionSynchronization.STATUS_COMMITTED);
		storing(storage, unknown).end(TransactionSynchronization.STATUS_UNKNOWN);

		assertThat(storage.read(Sha256.of(rolledBack))).isEmpty();
		assertThat(storage.read(Sha256.of(committed))).hasValue(committed);
		assertThat(storage.read(Sha256.of(unknown))).as("its rows may have been written").hasValue(unknown);
	}

	@Test
	void aFileStaysWhenAnotherTransactionStoringTheSameBytesCommitsWhicheverEndsFirst() {
		FileStorage storage = new FileStorage(root, Runnable::run);
		byte[] form = TestFiles.docx("Mẫu đơn");
		PendingTransaction writer = storing(storage, form);
		PendingTransaction other = storing(storage, form);
		writer.end(TransactionSynchronization.STATUS_ROLLED_BACK);
		assertThat(storage.read(Sha256.of(form))).as("the other's row may still name it").isPresent();
		other.end(TransactionSynchronization.STATUS_COMMITTED);
		assertThat(storage.read(Sha256.of(form))).isPresent();

		byte[] template = TestFiles.docx("Mẫu tờ khai");
		writer = storing(storage, template);
		other = storing(storage, template);
		other.end(TransactionSynchronization.STATUS_COMMITTED);
		writer.end(TransactionSynchronization.STATUS_ROLLED_BACK);
		assertThat(storage.read(Sha256.of(template))).isPresent();
	}

	@Test
	void theLastOfTheTransactionsStoringAFileRemovesItWhenAllRolledBack() {
		FileStorage storage = new FileStorage(root, Runnable::run);
		byte[] form = TestFiles.docx("Mẫu đơn");
		PendingTransaction writer = storing(storage, form);
		PendingTransaction other = storing(storage, form);

		writer.end(TransactionSynchronization.STATUS_ROLLED_BACK);
		assertThat(storage.read(Sha256.of(form))).isPresent();
		other.end(TransactionSynchronization.STATUS_ROLLED_BACK);
		assertThat(storage.read(Sha256.of(form))).isEmpty();
	}

	@Test
	void aFileStoredWithoutATransactionOrOnTheDiskBeforeStaysWhenATransactionStoringItRollsBack() {
		FileStorage storage = new FileStorage(root, Runnable::run);
		byte[] kept = TestFiles.docx("Mẫu đơn");
		PendingTransaction writer = storing(storage, kept);
		storage.storeDocument("mau-don.docx", kept);
		writer.end(TransactionSynchronization.STATUS_ROLLED_BACK);
		assertThat(storage.read(Sha256.of(kept))).as("stored for good meanwhile").isPresent();

		byte[] before = TestFiles.docx("Mẫu tờ khai");
		storage.storeDocument("mau-to-khai.docx", before);
		storing(storage, before).end(TransactionSynchronization.STATUS_ROLLED_BACK);
		assertThat(storage.read(Sha256.of(before))).as("on the disk before").isPresent();
	}

	@Test
	void readsNothingForAPathThatIsNotAHash() {
		assertThat(new FileStorage(root, Runnable::run).read("../../etc/passwd")).isEmpty();
	}

	private static PendingTransaction storing(FileStorage storage, byte[] content) {
		return PendingTransaction.running(() -> storage.storeDocument("mau.docx", content));
	}
}
