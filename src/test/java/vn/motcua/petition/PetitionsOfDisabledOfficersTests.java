package vn.motcua.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.motcua.testing.OfficerPages.as;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.CurrentUser;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.Actor;
import vn.motcua.testing.DatabaseRaces;
import vn.motcua.testing.DemoUnitOfficers;
import vn.motcua.testing.WebTest;

/**
 * A petition assigned to an officer whose account was then disabled waited for a handler nobody can
 * sign in as, in no officer's own queue, until its legal time ran out; nor was a disabled officer
 * refused as a handler. Now the unit head cannot choose them, and disabling them hands their open
 * petitions back to their unit, audited, the administrator told how many went back. An assignment at
 * the very moment of the disable waits for it and is refused (decision 0033).
 */
@WebTest
class PetitionsOfDisabledOfficersTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PetitionManagement petitions;

	@Autowired
	PetitionRepository stored;

	@Autowired
	AccountManagement accounts;

	@Autowired
	OrganizationManagement organization;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	final CountDownLatch disabled = new CountDownLatch(1);
	final CountDownLatch commitDisable = new CountDownLatch(1);

	@AfterEach
	void letTheDisableEnd() {
		commitDisable.countDown();
	}

	@Test
	void aDisabledOfficerIsNeitherOfferedNorAcceptedAsAHandler() {
		String away = DemoUnitOfficers.aSpecialist(organization, accounts, "Phạm Thị Đã Nghỉ");
		UUID account = accounts.findByUsername(away).orElseThrow().id();
		accounts.disable(account);
		String code = petitions.receive(PetitionFixtures.aFeedback(), Actor.ANONYMOUS).code();

		assertThat(mvc.get().uri("/work/petitions/{code}", code).with(as("unithead"))).hasStatusOk().bodyText()
			.as("not offered").doesNotContain("value=\"" + account + "\"")
			.contains("value=\"" + accounts.findByUsername("specialist").orElseThrow().id() + "\"");
		assertThat(mvc.post().uri("/work/petitions/{code}/assignment", code).param("officer", account.toString())
			.with(as("unithead")).with(csrf())).hasStatusOk().bodyText()
			.contains("Không thể giao đơn cho Phạm Thị Đã Nghỉ: tài khoản của cán bộ này đã bị vô hiệu hóa.");
		assertThat(mvc.post().uri("/api/v1/petitions/{code}/assignment", code).header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON).content("{\"officerAccountId\":\"" + account + "\"}")
			.with(as("unithead"))).as("the API names the field and the officer, in the caller's language")
			.hasStatus(400).bodyJson().satisfies(problem -> {
				assertThat(problem).extractingPath("$.detail").asString()
					.isEqualTo("Handler: The petition cannot be assigned to Phạm Thị Đã Nghỉ: this officer's account is "
							+ "disabled. Please choose another officer.");
				assertThat(problem).extractingPath("$.errors.officerAccountId").asString().contains("disabled");
			});
		assertThat(stored.findByCode(code).orElseThrow().handlerAccountId()).isNull();
	}

	@Test
	void disablingAHandlerHandsTheirOpenPetitionsBackToTheirUnit() {
		String leaving = DemoUnitOfficers.aSpecialist(organization, accounts, "Đỗ Văn Xin Nghỉ");
		String colleague = DemoUnitOfficers.aSpecialist(organization, accounts, "Lý Thị Còn Làm");
		UUID account = accounts.findByUsername(leaving).orElseThrow().id();
		String received = assignedTo(leaving);
		String accepted = assignedTo(leaving);
		petitions.accept(accepted, PetitionFixtures.officer(accounts, leaving));
		String colleagues = assignedTo(colleague);

		String officerPage = "/admin/agencies/" + organization.homeAgency().orElseThrow().id() + "/officers/"
				+ organization.officerOfAccount(account).orElseThrow().id();
		MvcTestResult disable = mvc.post().uri(officerPage + "/disable").with(as("admin")).with(csrf()).exchange();
		assertThat(disable).hasRedirectedUrl(officerPage).flash().containsEntry("handedBack", 2);
		assertThat(mvc.get().uri(officerPage).flashAttr("handedBack", 2).with(as("admin"))).bodyText()
			.contains("2 việc (bước xử lý hồ sơ, đơn) đang giao riêng cho tài khoản này đã được trả về đơn vị để giao lại.");

		for (String code : new String[] { received, accepted }) {
			Petition petition = stored.findByCode(code).orElseThrow();
			assertThat(petition.handlerAccountId()).as("assigned to nobody").isNull();
			assertThat(petition.unitId()).as("still with the unit")
				.isEqualTo(DemoUnitOfficers.specialistsUnit(organization, accounts));
			assertThat(mvc.get().uri("/api/v1/audit/entries").param("recordId", code).with(as("admin"))).bodyJson()
				.extractingPath("$.content[?(@.action == 'petition.handed-back')]").asArray().singleElement()
				.satisfies(entry -> assertThat(entry.toString()).contains("actor=admin"));
			assertThat(mvc.get().uri("/work/petitions/{code}", code).with(as("unithead"))).hasStatusOk().bodyText()
				.contains("Trả về đơn vị (cán bộ xử lý bị vô hiệu hóa tài khoản)");
		}
		assertThat(stored.findByCode(accepted).orElseThrow().status()).as("its handling goes on")
			.isEqualTo(PetitionStatus.ACCEPTED);
		assertThat(stored.findByCode(colleagues).orElseThrow().handlerAccountId()).as("a colleague's stays theirs")
			.isEqualTo(accounts.findByUsername(colleague).orElseThrow().id());

		CurrentUser head = PetitionFixtures.officer(accounts, "unithead");
		petitions.assign(received, accounts.findByUsername(colleague).orElseThrow().id(), head);
		assertThat(stored.findByCode(received).orElseThrow().handledBy(
				accounts.findByUsername(colleague).orElseThrow().id())).as("the unit head assigns it again").isTrue();
	}

	@Test
	void anAssignmentWhileTheHandlerIsBeingDisabledWaitsAndIsRefused() throws Exception {
		String leaving = DemoUnitOfficers.aSpecialist(organization, accounts, "Đỗ Văn Đang Nghỉ");
		UUID account = accounts.findByUsername(leaving).orElseThrow().id();
		String code = petitions.receive(PetitionFixtures.aFeedback(), Actor.ANONYMOUS).code();

		CompletableFuture<Integer> disable = CompletableFuture.supplyAsync(() -> transactions.execute(status -> {
			int handedBack = accounts.disable(account);
			disabled.countDown();
			DatabaseRaces.awaitQuietly(commitDisable);
			return handedBack;
		}));
		assertThat(disabled.await(30, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<MvcTestResult> assign = CompletableFuture.supplyAsync(() -> mvc.post()
			.uri("/work/petitions/{code}/assignment", code).param("officer", account.toString())
			.with(as("unithead")).with(csrf()).exchange());
		DatabaseRaces.awaitWaitingOrDone(jdbc, assign);
		commitDisable.countDown();

		assertThat(disable.get(30, TimeUnit.SECONDS)).isZero();
		assertThat(assign.get(30, TimeUnit.SECONDS)).hasStatusOk().bodyText()
			.contains("Không thể giao đơn cho Đỗ Văn Đang Nghỉ: tài khoản của cán bộ này đã bị vô hiệu hóa.");
		assertThat(stored.findByCode(code).orElseThrow().handlerAccountId()).as("no petition waits for the disabled account")
			.isNull();
	}

	private String assignedTo(String officer) {
		String code = petitions.receive(PetitionFixtures.aFeedback(), Actor.ANONYMOUS).code();
		petitions.assign(code, accounts.findByUsername(officer).orElseThrow().id(),
				PetitionFixtures.officer(accounts, "unithead"));
		return code;
	}
}
