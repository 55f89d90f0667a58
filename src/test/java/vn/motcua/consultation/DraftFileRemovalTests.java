package vn.motcua.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.audit.AuditTrail;
import vn.motcua.consultation.ConsultationManagement.UploadedDraft;
import vn.motcua.document.AttachmentStore;
import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.CurrentUser;
import vn.motcua.identity.Role;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.OfficerPages;
import vn.motcua.testing.TestFiles;
import vn.motcua.testing.WebTest;

/**
 * A draft file is removed while the draft is in preparation, after a page that asks to confirm; its
 * stored copy goes only once the removal has committed, and stays when it rolls back. Once opened, the
 * files are public and stay; another agency's officer does not find the draft, a reader may not remove.
 */
@WebTest
class DraftFileRemovalTests {

	@Autowired
	MockMvcTester mvc;
	@Autowired
	ConsultationManagement consultations;
	@Autowired
	AttachmentStore attachments;
	@Autowired
	AccountManagement accounts;
	@Autowired
	OrganizationManagement organization;
	@Autowired
	AuditTrail audit;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	PlatformTransactionManager transactions;
	@Autowired
	Clock clock;

	@Test
	void confirmedThenRemovedFromTheDraftAndTheDiskAndAudited() {
		Consultation draft = aDraftWithTwoFiles();
		DraftFile first = draft.draftFiles().get(0);
		String removal = "/work/consultations/" + draft.id() + "/files/0/removal";

		assertThat(mvc.get().uri("/work/consultations/{id}/edit", draft.id()).with(OfficerPages.as("specialist")))
			.bodyText().contains("href=\"" + removal + "\"");
		assertThat(mvc.get().uri(removal).with(OfficerPages.as("specialist"))).hasStatusOk().bodyText()
			.contains("mot.pdf").contains("name=\"attachment\" value=\"" + first.attachmentId() + "\"");
		assertThat(remove("specialist", removal, first.attachmentId()))
			.hasRedirectedUrl("/work/consultations/" + draft.id() + "/edit?done=file-removed");

		assertThat(fileNames(draft)).containsExactly("hai.pdf");
		assertThat(attachments.read(first.attachmentId())).isEmpty();
		assertThat(attachments.read(draft.draftFiles().get(1).attachmentId())).isPresent();
		audit.seal();
		assertThat(jdbc.sql("""
				SELECT actor, agency_code FROM audit_entry
				WHERE action = 'consultation.draft-file-removed' AND record_id = ?""")
			.param(draft.id().toString()).query((row, n) -> row.getString(1) + " of " + row.getString(2)).list())
			.as("with the consultation's agency, whose board reads it").containsExactly("specialist of " + draft.agencyCode());
	}

	@Test
	void theStoredFileIsDeletedOnlyOnceTheRemovalCommits() {
		Consultation draft = aDraftWithTwoFiles();
		DraftFile first = draft.draftFiles().get(0);
		TransactionTemplate inTransaction = new TransactionTemplate(transactions);

		inTransaction.executeWithoutResult(status -> {
			consultations.removeDraftFile(draft.id(), 0, first.attachmentId(), specialist());
			assertThat(attachments.read(first.attachmentId())).as("before the commit").isPresent();
			status.setRollbackOnly();
		});
		assertThat(attachments.read(first.attachmentId())).as("rolled back").isPresent();
		assertThat(fileNames(draft)).containsExactly("mot.pdf", "hai.pdf");

		inTransaction.executeWithoutResult(status -> {
			consultations.removeDraftFile(draft.id(), 0, first.attachmentId(), specialist());
			assertThat(attachments.read(first.attachmentId())).as("before the commit").isPresent();
		});
		assertThat(attachments.read(first.attachmentId())).as("after the commit").isEmpty();
	}

	@Test
	void anOpenedDraftKeepsItsFiles() {
		Consultation draft = aDraftWithTwoFiles();
		consultations.open(draft.id(), DemoAccounts.signedIn(accounts, "unithead"));
		String removal = "/work/consultations/" + draft.id() + "/files/0/removal";
		String stored = draft.draftFiles().get(0).attachmentId();

		assertThat(mvc.get().uri(removal).with(OfficerPages.as("specialist"))).hasStatus(400);
		assertThat(remove("specialist", removal, stored)).hasStatus(400).bodyText()
			.contains("Dự thảo đã được công bố");
		assertThat(fileNames(draft)).containsExactly("mot.pdf", "hai.pdf");
		assertThat(attachments.read(stored)).isPresent();
	}

	@Test
	void aListChangedMeanwhileRemovesNothing() {
		Consultation draft = aDraftWithTwoFiles();
		String secondFilesId = draft.draftFiles().get(1).attachmentId();
		assertThat(remove("specialist", "/work/consultations/" + draft.id() + "/files/0/removal", secondFilesId))
			.hasStatus(400);
		assertThat(fileNames(draft)).containsExactly("mot.pdf", "hai.pdf");
	}

	@Test
	void anotherAgencysOfficerDoesNotFindItAndAReaderMayNotRemove() {
		Consultation draft = aDraftWithTwoFiles();
		String removal = "/work/consultations/" + draft.id() + "/files/0/removal";
		String stored = draft.draftFiles().get(0).attachmentId();
		String other = OfficerPages.officerOfAnotherAgency(organization, Role.SPECIALIST);

		assertThat(mvc.get().uri(removal).with(OfficerPages.as(other))).hasStatus(404);
		assertThat(remove(other, removal, stored)).hasStatus(404);
		for (String reader : new String[] { "inspector", "desk" }) {
			assertThat(mvc.get().uri(removal).with(OfficerPages.as(reader))).as(reader).hasStatus(403);
			assertThat(remove(reader, removal, stored)).as(reader).hasStatus(403);
		}
		assertThat(fileNames(draft)).containsExactly("mot.pdf", "hai.pdf");
		assertThat(attachments.read(stored)).isPresent();
	}

	private Consultation aDraftWithTwoFiles() {
		return consultations.prepare(ConsultationFixtures.aPublicDraft(clock, "Quy định " + UUID.randomUUID()),
				List.of(new UploadedDraft("mot.pdf", TestFiles.pdf("Một")), new UploadedDraft("hai.pdf", TestFiles.pdf("Hai"))),
				specialist());
	}

	private MvcTestResult remove(String user, String removal, String attachment) {
		return mvc.post().uri(removal).with(csrf()).with(OfficerPages.as(user)).param("attachment", attachment)
			.exchange();
	}

	private List<String> fileNames(Consultation draft) {
		return jdbc.sql("SELECT file_name FROM consultation_draft_file WHERE consultation_id = ? ORDER BY position")
			.param(draft.id()).query(String.class).list();
	}

	private CurrentUser specialist() {
		return DemoAccounts.signedIn(accounts, "specialist");
	}
}
