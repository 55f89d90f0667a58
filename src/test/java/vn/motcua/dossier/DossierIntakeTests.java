package vn.motcua.dossier;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.identity.AccountManagement;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.WebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The intake service: concurrent retries make one dossier; a failed registration leaves no file behind. */
@WebTest
class DossierIntakeTests {

	@Autowired
	DossierIntake intake;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	@Value("${motcua.files.root}")
	Path filesRoot;

	@Test
	void concurrentRetriesWithOneIdempotencyKeyMakeOneDossierAndKeepOneSetOfFiles() throws Exception {
		UUID account = citizen();
		String key = UUID.randomUUID().toString();
		long filesBefore = attachmentCount();
		List<Callable<String>> retries = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			retries.add(() -> intake.submitOnline(account, submission(key)).code());
		}
		ExecutorService pool = Executors.newFixedThreadPool(8);
		Set<String> codesReturned = new HashSet<>();
		try {
			for (Future<String> code : pool.invokeAll(retries)) {
				codesReturned.add(code.get());
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(codesReturned).hasSize(1);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM dossier WHERE idempotency_key = ?").param(key).query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(attachmentCount() - filesBefore).isEqualTo(4);
	}

	@Test
	void twoHundredConcurrentSubmissionsGetTwoHundredCodesWithoutAGapInTheDaysSequence() throws Exception {
		UUID account = citizen();
		List<Callable<String>> submissions = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			submissions.add(() -> intake.submitOnline(account, new OnlineSubmission("1.013393.000.00.00.H55",
					"Quảng Ngãi", ResultDelivery.ONLINE, null, UUID.randomUUID().toString(),
					List.of(new UploadedFile(0, "don.pdf", SubmissionFiles.pdf())))).code());
		}
		ExecutorService pool = Executors.newFixedThreadPool(16);
		List<Integer> numbers = new ArrayList<>();
		String day = null;
		try {
			for (Future<String> code : pool.invokeAll(submissions)) {
				DossierCode parsed = DossierCode.parse(code.get());
				numbers.add(parsed.number());
				day = parsed.day().toString();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(new HashSet<>(numbers)).hasSize(200);
		int first = numbers.stream().mapToInt(Integer::intValue).min().orElseThrow();
		assertThat(numbers).as("one unbroken run of the day %s", day)
			.containsExactlyInAnyOrderElementsOf(IntStream.range(first, first + 200).boxed().toList());
	}

	@Test
	void aRegistrationThatFailsAfterTheFilesWereStoredRemovesThem() throws IOException {
		UUID account = citizen();
		long filesBefore = attachmentCount();
		int dossiersBefore = jdbc.sql("SELECT COUNT(*) FROM dossier").query(Integer.class).single();
		// an address longer than its column: the files are stored, then the insert fails in the database
		OnlineSubmission tooLong = new OnlineSubmission(SubmissionFiles.ONLINE_PROCEDURE, "Quảng Ngãi",
				ResultDelivery.BY_POST, "x".repeat(600), null, SubmissionFiles.allFour());

		assertThatThrownBy(() -> intake.submitOnline(account, tooLong))
			.isInstanceOf(DataAccessException.class);
		assertThat(attachmentCount()).isEqualTo(filesBefore);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM dossier").query(Integer.class).single()).isEqualTo(dossiersBefore);
	}

	@Test
	void theDossierKeepsTheVersionAndTheRuleSetOfItsDay() {
		Dossier dossier = intake.submitOnline(citizen(), submission(null));
		assertThat(dossier.procedure().code()).isEqualTo(SubmissionFiles.ONLINE_PROCEDURE);
		assertThat(dossier.procedure().versionId()).isNotNull();
		assertThat(dossier.documents()).extracting(DossierDocument::hasFile).containsOnly(true);
		assertThat(dossier.history()).extracting(StatusChange::actor).containsExactly(DemoAccounts.CITIZEN);
	}

	private UUID citizen() {
		return accounts.findByUsername(DemoAccounts.CITIZEN).orElseThrow().id();
	}

	private static OnlineSubmission submission(String key) {
		return new OnlineSubmission(SubmissionFiles.ONLINE_PROCEDURE, "12 Trần Hưng Đạo, Quảng Ngãi",
				ResultDelivery.AT_DESK, null, key, SubmissionFiles.allFour());
	}

	private long attachmentCount() throws IOException {
		Path attachments = filesRoot.resolve("attachments");
		if (!Files.exists(attachments)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(attachments)) {
			return files.filter(Files::isRegularFile).count();
		}
	}
}
