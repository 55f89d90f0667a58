package vn.motcua.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

import vn.motcua.audit.AuditTrail;
import vn.motcua.catalog.CatalogManagement;
import vn.motcua.consultation.ConsultationAudience;
import vn.motcua.consultation.ConsultationManagement.UploadedDraft;
import vn.motcua.consultation.ConsultationManagement;
import vn.motcua.consultation.DraftContent;
import vn.motcua.consultation.DraftDocumentType;
import vn.motcua.disclosure.DisclosureAudience;
import vn.motcua.disclosure.DisclosureContent;
import vn.motcua.disclosure.DisclosureManagement;
import vn.motcua.dossier.DossierDrafts;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.dossier.OnlineSubmission;
import vn.motcua.dossier.ResultDelivery;
import vn.motcua.dossier.UploadedFile;
import vn.motcua.identity.AccountManagement;
import vn.motcua.petition.PetitionChannel;
import vn.motcua.petition.PetitionIntake;
import vn.motcua.petition.PetitionKind;
import vn.motcua.petition.PetitionSubmission;
import vn.motcua.shared.Actor;
import vn.motcua.shared.InstanceTurns;
import vn.motcua.shared.Sha256;
import vn.motcua.shared.VietnamTime;
import vn.motcua.testing.DatabaseRaces;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.TestFiles;
import vn.motcua.testing.WebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The sweep removes the old files no row names and keeps every file a row of any module names, and
 * the young ones (decision 0028). It sweeps a folder of its own (every test context shares the files'
 * folder), in which the files the rows name are laid out under their names, made old.
 */
@WebTest
class OrphanFileSweepTests {

	/** Food-safety certificate re-issue: online, with an electronic result. */
	private static final String PROCEDURE = "1.013393.000.00.00.H55";

	@TempDir
	Path root;

	@Autowired
	List<StoredFileNames> owners;
	@Autowired
	OrphanFileSweep.Settings settings;
	@Autowired
	ApplicationEventPublisher events;
	@Autowired
	PlatformTransactionManager transactions;
	@Autowired
	Clock clock;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	AuditTrail audit;
	@Autowired
	AccountManagement accounts;
	@Autowired
	DossierIntake intake;
	@Autowired
	DossierDrafts drafts;
	@Autowired
	PetitionIntake petitions;
	@Autowired
	ConsultationManagement consultations;
	@Autowired
	DisclosureManagement disclosures;
	@Autowired
	CatalogManagement catalog;
	@Autowired
	ContentFileTurns contentTurns;
	@Autowired
	InstanceTurns turns;

	@Test
	void anOldFileNoRowNamesGoesAndEveryFileARowNamesStaysAsDoYoungOnes() throws IOException {
		Instant now = clock.instant();
		Instant old = now.minus(Duration.ofDays(3));
		Map<String, Path> named = namedOfEveryKind();
		named.values().forEach(file -> write(file, old));
		Path orphan = write(attachment(UUID.randomUUID().toString()), old);
		Path orphanContent = write(content(Sha256.of(TestFiles.pdf("bỏ quên " + UUID.randomUUID()))), old);
		Path leftOver = write(orphan.resolveSibling("upload4711.tmp"), old);
		Path young = write(attachment(UUID.randomUUID().toString()), now.minus(Duration.ofHours(1)));
		long removable = Files.size(orphan) + Files.size(orphanContent) + Files.size(leftOver);

		OrphanFileSweep.Swept swept = sweep(true, now).sweep();

		named.forEach((kind, file) -> assertThat(file).as(kind).exists());
		assertThat(orphan).doesNotExist();
		assertThat(orphanContent).doesNotExist();
		assertThat(leftOver).as("a write that never finished").doesNotExist();
		assertThat(young).as("younger than the grace period").exists();
		assertThat(swept).isEqualTo(new OrphanFileSweep.Swept(3, removable));
		audit.seal();
		Instant cutoff = now.minus(settings.grace());
		assertThat(jdbc.sql("SELECT actor || ' ' || summary FROM audit_entry WHERE action = 'document.files.swept'"
				+ " AND record_id = ?").param("older-than-" + cutoff).query(String.class).list()).containsExactly(
						"system 3 stored files named by no row and older than " + cutoff + " removed (" + removable + " bytes)");
	}

	@Test
	void turnedOffItRemovesNothing() {
		Instant now = clock.instant();
		Path orphan = write(attachment(UUID.randomUUID().toString()), now.minus(Duration.ofDays(30)));

		assertThat(sweep(false, now).sweep()).isEqualTo(new OrphanFileSweep.Swept(0, 0));
		assertThat(orphan).exists();
	}

	@Test
	void theGracePeriodIsAtLeastADaySoThatAFileWhoseRowIsBeingWrittenStays() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OrphanFileSweep.Settings(true, Duration.ofHours(12), Duration.ofDays(1)))
			.withMessageContaining("motcua.files.sweep.grace");
	}

	/**
	 * A writer on another instance (a storage of its own, which counts its writers apart) finds an old
	 * content-addressed file no row names yet and names it in a transaction still open while the sweep
	 * runs, at a time when the writer's touch is no younger than the sweep's cutoff: the turn keeps the
	 * file until a later sweep, which sees the writer's committed row; once no row names it, it goes.
	 */
	@Test
	void aContentFileAWriterOfAnotherInstanceFoundAgainStaysUntilItsRowCommits() throws Exception {
		Instant now = clock.instant();
		UUID citizen = accounts.findByUsername(DemoAccounts.CITIZEN).orElseThrow().id();
		String code = intake.submitOnline(citizen, new OnlineSubmission(PROCEDURE, "Quảng Ngãi", ResultDelivery.ONLINE,
				null, null, List.of(new UploadedFile(0, "don.pdf", TestFiles.pdf("Đơn " + UUID.randomUUID()))))).code();
		byte[] result = TestFiles.pdf("Kết quả tìm lại " + UUID.randomUUID());
		Path file = write(content(Sha256.of(result)), now.minus(Duration.ofDays(30)));
		Files.write(file, result);
		Files.setLastModifiedTime(file, FileTime.from(now.minus(Duration.ofDays(30))));
		FileStorage otherInstance = new FileStorage(root, contentTurns);
		CountDownLatch named = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> new TransactionTemplate(transactions)
			.executeWithoutResult(status -> {
				String sha256 = otherInstance.storeDocument("ket-qua.pdf", result).sha256();
				jdbc.sql("UPDATE dossier SET result_sha256 = ? WHERE code = ?").params(sha256, code).update();
				named.countDown();
				DatabaseRaces.awaitQuietly(release);
			}));
		try {
			assertThat(named.await(30, TimeUnit.SECONDS)).as("the writer named the file").isTrue();
			// three days on, the writer's touch is older than the grace period too
			sweep(true, now.plus(Duration.ofDays(3))).sweep();
			assertThat(file).as("found again by a writer whose row is not committed yet").exists();
		}
		finally {
			release.countDown();
			writer.get(30, TimeUnit.SECONDS);
		}

		sweep(true, now.plus(Duration.ofDays(3))).sweep();
		assertThat(file).as("named by the writer's committed row").exists();

		jdbc.sql("UPDATE dossier SET result_sha256 = NULL WHERE code = ?").param(code).update();
		sweep(true, now.plus(Duration.ofDays(3))).sweep();
		assertThat(file).as("named by no row any more").doesNotExist();
	}

	/**
	 * Writes go on while a folder is read: each write's temporary file appears and is moved into place,
	 * so an entry listed may be gone before its age is read. That passes the file over; it used to end
	 * the sweep with an error (about half the readings of a folder of 5,000 files, beside one writer).
	 */
	@Test
	void filesComingAndGoingWhileAFolderIsReadDoNotEndTheSweep() throws Exception {
		Instant now = clock.instant();
		Path folder = attachment(UUID.randomUUID().toString()).getParent();
		for (int i = 0; i < 5_000; i++) {
			write(folder.resolve(UUID.randomUUID().toString().substring(2)), now);
		}
		AtomicBoolean reading = new AtomicBoolean(true);
		CompletableFuture<Void> writes = CompletableFuture.runAsync(() -> {
			while (reading.get()) {
				try {
					Files.delete(Files.createTempFile(folder, "upload", ".tmp"));
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}
		});
		try {
			for (int sweeps = 0; sweeps < 10; sweeps++) {
				assertThat(sweep(true, now).sweep()).isEqualTo(new OrphanFileSweep.Swept(0, 0));
			}
		}
		finally {
			reading.set(false);
			writes.get(30, TimeUnit.SECONDS);
		}
	}

	/** Every instance runs the schedule; the first in an interval sweeps, the others wait for the next. */
	@Test
	void oneInstanceSweepsInAnInterval() {
		jdbc.sql("UPDATE instance_turn SET taken_at = NULL WHERE name = ?").param(OrphanFileSweep.TURN).update();
		Instant now = clock.instant();

		assertThat(sweep(true, now).sweepInTurn()).as("the first instance").isPresent();
		assertThat(sweep(true, now.plus(Duration.ofHours(1))).sweepInTurn()).as("another, an hour later").isEmpty();
		assertThat(sweep(true, now.plus(settings.interval())).sweepInTurn()).as("another, an interval later").isPresent();
	}

	private OrphanFileSweep sweep(boolean enabled, Instant now) {
		return new OrphanFileSweep(new AttachmentStore(root, DataSize.ofMegabytes(10)), new FileStorage(root, contentTurns),
				owners, new OrphanFileSweep.Settings(enabled, settings.grace(), settings.interval()), events,
				Clock.fixed(now, ZoneOffset.UTC), transactions, contentTurns, turns);
	}

	/** A file of each kind a row names, made by the modules' own actions, by where it lies in the sweep's folder. */
	private Map<String, Path> namedOfEveryKind() {
		Map<String, Path> named = new LinkedHashMap<>();
		UUID citizen = accounts.findByUsername(DemoAccounts.CITIZEN).orElseThrow().id();
		String code = intake.submitOnline(citizen, new OnlineSubmission(PROCEDURE, "Quảng Ngãi", ResultDelivery.ONLINE,
				null, null, List.of(new UploadedFile(0, "don.pdf", TestFiles.pdf("Đơn " + UUID.randomUUID()))))).code();
		Map<String, Object> document = jdbc.sql("""
				SELECT d.file_id FROM dossier_document d JOIN dossier o ON o.id = d.dossier_id
				WHERE o.code = ?""").param(code).query().singleRow();
		named.put("a dossier's document", attachment(String.valueOf(document.get("file_id"))));
		// the result's columns as drafting and signing write them (their files: FilesFollowTheirTransactionTests)
		String draftResult = UUID.randomUUID().toString();
		String signedResult = Sha256.of(TestFiles.pdf("Kết quả " + code));
		jdbc.sql("UPDATE dossier SET draft_result_id = ?, result_sha256 = ? WHERE code = ?")
			.params(draftResult, signedResult, code).update();
		named.put("a dossier's draft result", attachment(draftResult));
		named.put("a dossier's signed result", content(signedResult));

		String draftFile = drafts.save(citizen, null, null, PROCEDURE, "Quảng Ngãi", ResultDelivery.ONLINE, null,
				List.of(new UploadedFile(0, "don.pdf", TestFiles.pdf("Nháp " + UUID.randomUUID())))).draft().files().get(0)
			.attachmentId();
		named.put("a dossier draft's file", attachment(draftFile));

		String title = "Phản ánh " + UUID.randomUUID();
		petitions.receive(new PetitionSubmission(PetitionKind.FEEDBACK, PetitionChannel.WEB_FORM, title,
				"Hồ sơ của tôi đã quá hạn mà chưa có kết quả.", null, "Trần Thị Phản Ánh", "3 Lê Lợi, Quảng Ngãi",
				"0905765432", null, null, null, null, null, null, "anh-chup.pdf", TestFiles.pdf(title)), Actor.ANONYMOUS,
				UUID.randomUUID().toString());
		named.put("a petition's scan", attachment(jdbc.sql("SELECT attachment_id FROM petition WHERE title = ?")
			.param(title).query(String.class).single()));

		LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
		UUID consultation = consultations.prepare(new DraftContent("Quy định chợ " + UUID.randomUUID(), DraftDocumentType.PLAN,
				"Kế hoạch phát triển chợ giai đoạn 2026-2030", "Phòng Quản lý Thương mại", ConsultationAudience.PUBLIC,
				today, today.plusDays(60)), List.of(new UploadedDraft("du-thao.pdf", TestFiles.pdf("Dự thảo"))),
				DemoAccounts.signedIn(accounts, "specialist")).id();
		named.put("a consultation draft's file", attachment(jdbc.sql(
				"SELECT attachment_id FROM consultation_draft_file WHERE consultation_id = ?").param(consultation)
			.query(String.class).single()));

		UUID disclosure = disclosures.prepare(new DisclosureContent("Dự toán " + UUID.randomUUID(), "BUDGET",
				DisclosureAudience.PUBLIC, "Dự toán chi thường xuyên năm 2026: 12.500 triệu đồng", today, today.plusDays(29)),
				List.of(new DisclosureManagement.UploadedFile("du-toan.pdf", TestFiles.pdf("Dự toán"))),
				DemoAccounts.signedIn(accounts, "specialist")).id();
		named.put("a disclosure's file", attachment(jdbc.sql(
				"SELECT attachment_id FROM disclosure_file WHERE disclosure_id = ?").param(disclosure)
			.query(String.class).single()));

		// a made-up procedure, so that no other test meets the template
		String procedure = "9." + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L) + ".T55";
		byte[] form = TestFiles.docx("Mẫu đơn đề nghị " + UUID.randomUUID());
		catalog.attachFormTemplate(catalog.createDraft(procedure, catalog.currentVersion(PROCEDURE).content()).id(), 0,
				"mau-don.docx", form);
		named.put("a procedure's form template", content(Sha256.of(form)));
		return named;
	}

	private Path attachment(String id) {
		return root.resolve("attachments").resolve(id.substring(0, 2)).resolve(id);
	}

	private Path content(String sha256) {
		return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
	}

	private static Path write(Path file, Instant modified) {
		try {
			Files.createDirectories(file.getParent());
			Files.write(file, file.getFileName().toString().getBytes());
			Files.setLastModifiedTime(file, FileTime.from(modified));
			return file;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
