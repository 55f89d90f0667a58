package vn.motcua.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.data.relational.core.mapping.event.AfterSaveEvent;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.TransactionSystemException;

import vn.motcua.catalog.CatalogChanged;
import vn.motcua.catalog.CatalogManagement;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.consultation.ConsultationChanged;
import vn.motcua.dossier.DossierDraft;
import vn.motcua.dossier.DossierDrafts;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.dossier.DossierSaved;
import vn.motcua.dossier.OnlineSubmission;
import vn.motcua.dossier.ResultDelivery;
import vn.motcua.dossier.UploadedFile;
import vn.motcua.identity.AccountManagement;
import vn.motcua.petition.PetitionChanged;
import vn.motcua.petition.PetitionChannel;
import vn.motcua.petition.PetitionIntake;
import vn.motcua.petition.PetitionKind;
import vn.motcua.petition.PetitionSubmission;
import vn.motcua.shared.Actor;
import vn.motcua.shared.Sha256;
import vn.motcua.shared.VietnamTime;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.FailingCommits;
import vn.motcua.testing.FailingCommits.CommitRefused;
import vn.motcua.testing.OfficerPages;
import vn.motcua.testing.TestFiles;
import vn.motcua.testing.WebTest;

/**
 * Files land with their rows or not at all (decision 0023): each place that stores a file in a
 * transaction, made to fail just before its commit once the file is on the disk, leaves no new file
 * under {@code motcua.files.root}; the same action committed keeps exactly the file its row names
 * (how a content-addressed file shared by several writers is kept: {@link FileStorageTests}).
 */
@WebTest
@Import(FailingCommits.class)
class FilesFollowTheirTransactionTests {

	/** Food-safety certificate re-issue: online, with an electronic result. */
	private static final String PROCEDURE = "1.013393.000.00.00.H55";

	@Autowired
	FailingCommits commits;
	@Autowired
	MockMvcTester mvc;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	PetitionIntake petitions;
	@Autowired
	DossierIntake intake;
	@Autowired
	DossierDrafts drafts;
	@Autowired
	AccountManagement accounts;
	@Autowired
	CatalogManagement catalog;
	@Autowired
	Clock clock;

	@Value("${motcua.files.root}")
	Path filesRoot;

	@AfterEach
	void noTrapLeft() {
		commits.reset();
	}

	@Test
	void aPetitionsAttachmentGoesWithItsRolledBackPetitionAndStaysWithAReceivedOne() throws IOException {
		String title = "Phản ánh " + UUID.randomUUID();
		Set<Path> before = files();

		commits.failTheNextOn(PetitionChanged.class);
		assertThatThrownBy(() -> petitions.receive(aFeedbackWithAScan(title), Actor.ANONYMOUS,
				UUID.randomUUID().toString())).isInstanceOf(CommitRefused.class);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM petition WHERE title = ?").param(title).query(Long.class).single())
			.isZero();
		assertThat(added(before)).isEmpty();

		petitions.receive(aFeedbackWithAScan(title), Actor.ANONYMOUS, UUID.randomUUID().toString());
		assertThat(added(before)).containsExactly(jdbc.sql("SELECT attachment_id FROM petition WHERE title = ?")
			.param(title).query(String.class).single());
	}

	@Test
	void aConsultationDraftsFilesGoWithItsRolledBackFormAndStayWithAPreparedOne() throws IOException {
		String title = "Quy định chợ " + UUID.randomUUID();
		Set<Path> before = files();

		commits.failTheNextOn(ConsultationChanged.class);
		draftForm(title);
		assertThat(commits.refused()).isTrue();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM consultation WHERE title = ?").param(title).query(Long.class).single())
			.isZero();
		assertThat(added(before)).isEmpty();

		assertThat(draftForm(title)).hasStatus3xxRedirection();
		assertThat(added(before)).containsExactlyInAnyOrderElementsOf(jdbc.sql("""
				SELECT f.attachment_id FROM consultation_draft_file f JOIN consultation c ON c.id = f.consultation_id
				WHERE c.title = ?""").param(title).query(String.class).list());
	}

	@Test
	void aDossierDraftsFileGoesWhenItsSaveFailsAndStaysWithASavedDraft() throws IOException {
		UUID citizen = citizen();
		Set<Path> before = files();

		commits.failTheNextOn(event -> event instanceof AfterSaveEvent<?> saved && saved.getEntity() instanceof DossierDraft);
		assertThatThrownBy(() -> saveADraft(citizen)).isInstanceOf(CommitRefused.class);
		assertThat(added(before)).isEmpty();

		DossierDraft draft = saveADraft(citizen);
		assertThat(added(before)).containsExactly(draft.files().get(0).attachmentId());
	}

	@Test
	void aDossierDraftsFileStaysWhenItsSavesCommitIsLost() throws IOException {
		UUID citizen = citizen();
		Set<Path> before = files();

		commits.loseTheNextCommitOn(event -> event instanceof AfterSaveEvent<?> saved
				&& saved.getEntity() instanceof DossierDraft);
		assertThatThrownBy(() -> saveADraft(citizen)).isInstanceOf(TransactionSystemException.class);
		assertThat(commits.refused()).isTrue();
		List<String> added = added(before);
		assertThat(added).hasSize(1);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM dossier_draft_file WHERE attachment_id = ?").param(added.get(0))
			.query(Long.class).single()).as("the draft committed, and names its file").isOne();
	}

	@Test
	void anOnlineDossiersFileGoesWithItsRolledBackRegistrationAndStaysWhenItsCommitIsLost() throws IOException {
		UUID citizen = citizen();
		String address = "Quảng Ngãi " + UUID.randomUUID();
		Set<Path> before = files();

		commits.failTheNextOn(DossierSaved.class);
		assertThatThrownBy(() -> submit(citizen, address)).isInstanceOf(CommitRefused.class);
		assertThat(added(before)).isEmpty();

		commits.loseTheNextCommitOn(DossierSaved.class::isInstance);
		assertThatThrownBy(() -> submit(citizen, address)).isInstanceOf(TransactionSystemException.class);
		assertThat(commits.refused()).isTrue();
		assertThat(added(before)).as("the dossier committed, and names its file")
			.containsExactly(jdbc.sql("SELECT d.file_id FROM dossier_document d JOIN dossier o ON o.id = d.dossier_id"
					+ " WHERE o.applicant_address = ?").param(address).query(String.class).single());
	}

	@Test
	void aDraftResultAndASignedResultGoWithTheirRolledBackStepAndStayWithACommittedOne() throws IOException {
		String code = received();
		move("desk", code, "forward");
		move("unithead", code, "forward");
		Set<Path> before = files();

		commits.failTheNextOn(DossierSaved.class);
		draftResult(code);
		assertThat(commits.refused()).isTrue();
		assertThat(added(before)).isEmpty();
		assertThat(draftResult(code)).hasStatusOk();
		assertThat(added(before)).containsExactly(column("draft_result_id", code));

		move("specialist", code, "forward");
		move("unithead", code, "forward");
		before = files();
		commits.failTheNextOn(DossierSaved.class);
		sign(code);
		assertThat(commits.refused()).isTrue();
		assertThat(added(before)).as("the signed file, content-addressed").isEmpty();
		assertThat(sign(code)).hasStatusOk();
		assertThat(added(before)).containsExactly(column("result_sha256", code));
	}

	@Test
	void aProceduresFormTemplateGoesWithItsRolledBackDraftAndStaysWithASavedOne() throws IOException {
		// a made-up procedure, so that no other test meets the template
		String code = "9." + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L) + ".T55";
		ProcedureVersion draft = catalog.createDraft(code, catalog.currentVersion(PROCEDURE).content());
		byte[] form = TestFiles.docx("Mẫu đơn đề nghị " + UUID.randomUUID());
		Set<Path> before = files();

		commits.failTheNextOn(CatalogChanged.class);
		assertThatThrownBy(() -> catalog.attachFormTemplate(draft.id(), 0, "mau-don.docx", form))
			.isInstanceOf(CommitRefused.class);
		assertThat(added(before)).isEmpty();

		catalog.attachFormTemplate(draft.id(), 0, "mau-don.docx", form);
		assertThat(added(before)).containsExactly(Sha256.of(form));
	}

	private static PetitionSubmission aFeedbackWithAScan(String title) {
		return new PetitionSubmission(PetitionKind.FEEDBACK, PetitionChannel.WEB_FORM, title,
				"Hồ sơ của tôi đã quá hạn mà chưa có kết quả.", null, "Trần Thị Phản Ánh", "3 Lê Lợi, Quảng Ngãi",
				"0905765432", null, null, null, null, null, null, "anh-chup.pdf", TestFiles.pdf(title));
	}

	/** The officers' form that prepares a draft for comment, with a PDF, as the browser sends it. */
	private MvcTestResult draftForm(String title) {
		LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
		return mvc.post().uri("/work/consultations").multipart()
			.file(new MockMultipartFile("draftFiles", "du-thao.pdf", "application/pdf", TestFiles.pdf(title)))
			.param("title", title).param("documentType", "PLAN").param("summary", "Quy định quản lý chợ trên địa bàn tỉnh")
			.param("draftingUnit", "Phòng Quản lý Thương mại").param("audience", "PUBLIC")
			.param("opensOn", today.toString()).param("closesOn", today.plusDays(60).toString())
			.with(csrf()).with(OfficerPages.as("specialist")).exchange();
	}

	private DossierDraft saveADraft(UUID citizen) {
		return Objects.requireNonNull(drafts.save(citizen, null, null, PROCEDURE, "Quảng Ngãi",
				ResultDelivery.ONLINE, null, List.of(new UploadedFile(0, "don.pdf", TestFiles.onePagePdf()))).draft());
	}

	private void submit(UUID citizen, String address) {
		intake.submitOnline(citizen, new OnlineSubmission(PROCEDURE, address, ResultDelivery.ONLINE, null, null,
				List.of(new UploadedFile(0, "don.pdf", TestFiles.onePagePdf()))));
	}

	private UUID citizen() {
		return accounts.findByUsername(DemoAccounts.CITIZEN).orElseThrow().id();
	}

	/** A dossier submitted online and accepted by the desk. */
	private String received() {
		String code = intake.submitOnline(citizen(), new OnlineSubmission(PROCEDURE, "Quảng Ngãi", ResultDelivery.ONLINE,
				null, null, List.of(new UploadedFile(0, "don.pdf", TestFiles.onePagePdf())))).code();
		assertThat(mvc.post().uri("/api/v1/desk/dossiers/{code}/acceptance", code).with(OfficerPages.as("desk")))
			.hasStatusOk();
		return code;
	}

	private void move(String officer, String code, String action) {
		assertThat(mvc.post().uri("/api/v1/work/dossiers/{code}/" + action, code).contentType(MediaType.APPLICATION_JSON)
			.content("{}").with(OfficerPages.as(officer))).as("%s %s", officer, action).hasStatusOk();
	}

	private MvcTestResult draftResult(String code) {
		return mvc.post().uri("/api/v1/work/dossiers/{code}/result", code).multipart()
			.file(new MockMultipartFile("file", "ket-qua.pdf", "application/pdf", TestFiles.onePagePdf()))
			.with(OfficerPages.as("specialist")).exchange();
	}

	private MvcTestResult sign(String code) {
		return mvc.post().uri("/api/v1/work/dossiers/{code}/signature", code).with(OfficerPages.as("leader")).exchange();
	}

	private String column(String column, String code) {
		return jdbc.sql("SELECT " + column + " FROM dossier WHERE code = ?").param(code).query(String.class).single();
	}

	/** Every file under the files' root: attachments by their id, content-addressed files by their hash. */
	private Set<Path> files() throws IOException {
		if (!Files.exists(filesRoot)) {
			return Set.of();
		}
		try (Stream<Path> all = Files.walk(filesRoot)) {
			return all.filter(Files::isRegularFile).collect(Collectors.toSet());
		}
	}

	/** The names of the files stored since {@code before}. */
	private List<String> added(Set<Path> before) throws IOException {
		return files().stream().filter(file -> !before.contains(file)).map(file -> file.getFileName().toString())
			.toList();
	}
}
