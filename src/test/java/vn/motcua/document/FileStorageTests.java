package vn.motcua.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.Sha256;
import vn.motcua.testing.TestFiles;

@Tag("rule")
class FileStorageTests {

	@TempDir
	Path root;

	@Test
	void storesADocumentUnderItsHashOnceAndReadsItBack() throws Exception {
		FileStorage storage = new FileStorage(root);
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
		assertThat(new FileStorage(root).storeDocument("to-khai.pdf", TestFiles.pdf("x")).contentType())
			.isEqualTo("application/pdf");
	}

	@Test
	void storesASignedResultUnderTheHashItWasSignedWith() {
		FileStorage storage = new FileStorage(root);
		byte[] pdf = TestFiles.pdf("kết quả");

		StoredFile stored = storage.storeSigned("ket-qua.pdf", new SignedPdf(pdf, Sha256.of(pdf)));

		assertThat(stored.sha256()).isEqualTo(Sha256.of(pdf));
		assertThat(stored.contentType()).isEqualTo("application/pdf");
		assertThat(stored.size()).isEqualTo(pdf.length);
		assertThat(storage.read(stored.sha256())).hasValue(pdf);
	}

	@Test
	void refusesAnExecutableRenamedAsADocumentAndStoresNothing() throws Exception {
		FileStorage storage = new FileStorage(root);
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
		assertThatThrownBy(() -> new FileStorage(root).storeDocument("mau.docx", new byte[0]))
			.extracting(e -> ((InvalidRequestException) e).messageKey()).isEqualTo("document.file.empty");
	}

	@Test
	void readsNothingForAPathThatIsNotAHash() {
		assertThat(new FileStorage(root).read("../../etc/passwd")).isEmpty();
	}
}
