package vn.motcua.dossier;

import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.PasswordChosenBy;
import vn.motcua.identity.Role;
import vn.motcua.organization.Agency;
import vn.motcua.organization.OfficerRegistration;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitKind;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.DemoUnitOfficers;
import vn.motcua.testing.MutableClock;
import vn.motcua.testing.WebTest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * An officer processes a dossier from its page, without the API: reads the applicant's files, asks
 * for more documents or for the fees, apologises with a new date, hands it to a co-agency (whose
 * officer opens it and gives it back), refuses or stops it; a refused action keeps what was typed.
 */
@WebTest
@Import(MutableClock.Configuration.class)
class WorkPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DossierIntake intake;

	@Autowired
	AccountManagement accounts;

	@Autowired
	DossierRepository dossiers;

	@Autowired
	OrganizationManagement organization;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void wednesdayMorning() {
		clock.set(Instant.parse("2026-11-25T01:00:00Z"));
	}

	@AfterEach
	void realTime() {
		clock.reset();
	}

	@Test
	void theHolderReadsTheApplicantsFilesAndNobodyElseDoes() {
		String code = atUnitHead();
		String page = page("unithead", code);
		assertThat(page).contains("/work/dossiers/" + code + "/documents/0").contains("/work/dossiers/" + code + "/slips/receipt");
		assertThat(page.substring(page.indexOf("class=\"history\""))).as("the history names who received it")
			.contains("Lê Thị Hồng").doesNotContain("<span>desk</span>");
		assertThat(mvc.get().uri("/work/dossiers/{code}/documents/0", code).with(httpBasic("unithead", DemoAccounts.PASSWORD)))
			.hasStatusOk().hasHeader("Cache-Control", "no-store").hasContentType("application/pdf");
		assertThat(mvc.get().uri("/work/dossiers/{code}/documents/0", code).with(httpBasic("specialist", DemoAccounts.PASSWORD)))
			.as("not at the specialist's step").hasStatus(403);
		assertThat(mvc.get().uri("/work/dossiers/{code}/documents/0", code)
			.with(httpBasic(DemoAccounts.CITIZEN, DemoAccounts.PASSWORD))).as("not an officer's page").hasStatus(403);
		assertThat(mvc.get().uri("/work/dossiers/{code}/slips/receipt", code).with(httpBasic("unithead", DemoAccounts.PASSWORD)))
			.hasStatusOk().hasContentType("application/pdf");
		assertThat(mvc.get().uri("/work/dossiers/{code}/documents/99", code).with(httpBasic("unithead", DemoAccounts.PASSWORD)))
			.hasStatus(404);
	}

	@Test
	void aSupplementRequestNamesTheMissingDocumentsAndOffersTheSlip() throws Exception {
		String code = atUnitHead();
		assertThat(post("unithead", code, "supplement-request", "missingItems", " \n "))
			.as("nothing named").hasStatusOk().bodyText().contains("Vui lòng nêu ít nhất một giấy tờ còn thiếu.")
			.contains("<details class=\"card\" open=\"open\">");
		assertThat(post("unithead", code, "supplement-request", "missingItems", "Bản sao văn bằng\nẢnh 4x6"))
			.hasStatus3xxRedirection().hasRedirectedUrl("/work/dossiers/" + code);
		assertThat(dossiers.findByCode(code).orElseThrow().status()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
		assertThat(page("unithead", code)).contains("/work/dossiers/" + code + "/slips/supplement-request")
			.contains("chờ người nộp bổ sung").doesNotContain("/work/dossiers/" + code + "/forward");
		assertThat(DossierSlipsTests.text(mvc.get().uri("/work/dossiers/{code}/slips/supplement-request", code)
			.with(httpBasic("unithead", DemoAccounts.PASSWORD)).exchange().getResponse().getContentAsByteArray()))
			.contains("Bản sao văn bằng").contains("Ảnh 4x6");
	}

	@Test
	void theFeesAreAskedForAndTheirPaymentRecorded() {
		String code = atUnitHead();
		assertThat(post("unithead", code, "payment-request", "paymentNote", "Lệ phí 200.000 đồng")).hasStatus3xxRedirection();
		assertThat(page("unithead", code)).contains("/work/dossiers/" + code + "/payment\"")
			.doesNotContain("/work/dossiers/" + code + "/payment-request\"");
		assertThat(post("unithead", code, "payment", "receipt", " ")).hasStatusOk().bodyText().contains("Vui lòng nêu lý do.");
		assertThat(post("unithead", code, "payment", "receipt", "Biên lai số 0012345")).hasStatus3xxRedirection();
		assertThat(dossiers.findByCode(code).orElseThrow().status()).isEqualTo(DossierStatus.IN_PROGRESS);
	}

	@Test
	void anApologyNeedsAReadableLaterDateAndKeepsWhatWasTyped() {
		String code = atUnitHead();
		LocalDateTime due = dossiers.findByCode(code).orElseThrow().appointmentAt();
		assertThat(mvc.post().uri("/work/dossiers/{code}/apology", code).param("apologyReason", "Chờ ý kiến Sở Xây dựng")
			.param("newAppointment", "thứ hai tuần sau").with(httpBasic("unithead", DemoAccounts.PASSWORD)).with(csrf()))
			.hasStatusOk().bodyText().contains("Vui lòng nhập ngày và giờ hẹn mới").contains(">Chờ ý kiến Sở Xây dựng</textarea>");
		assertThat(mvc.post().uri("/work/dossiers/{code}/apology", code).param("apologyReason", "Chờ ý kiến Sở Xây dựng")
			.param("newAppointment", due.minusDays(1).toString()).with(httpBasic("unithead", DemoAccounts.PASSWORD))
			.with(csrf())).hasStatusOk().bodyText().contains("Ngày hẹn mới phải sau ngày hẹn trả kết quả hiện tại.");
		assertThat(mvc.post().uri("/work/dossiers/{code}/apology", code).param("apologyReason", "Chờ ý kiến Sở Xây dựng")
			.param("newAppointment", due.plusDays(7).withSecond(0).withNano(0).toString().substring(0, 16))
			.with(httpBasic("unithead", DemoAccounts.PASSWORD)).with(csrf())).hasStatus3xxRedirection();
		assertThat(dossiers.findByCode(code).orElseThrow().newAppointmentAt()).isEqualTo(due.plusDays(7).withSecond(0).withNano(0));
		assertThat(page("unithead", code)).contains("/work/dossiers/" + code + "/slips/apology")
			.doesNotContain("/work/dossiers/" + code + "/apology\"");
	}

	@Test
	void aCoAgencyOfficerOpensTheDossierHandedToItAndGivesItBack() {
		Agency construction = organization.createAgency("000.00.20.H55-" + UUID.randomUUID().toString().substring(0, 8),
				"Sở Xây dựng tỉnh Quảng Ngãi", "Quảng Ngãi");
		var unit = organization.addUnit(construction.id(), null, "Phòng Quản lý xây dựng", UnitKind.SPECIALIST_UNIT);
		StringBuilder officer = new StringBuilder("xaydung");
		ThreadLocalRandom.current().ints(8, 'a', 'z' + 1).forEach(c -> officer.append((char) c));
		organization.createOfficer(new OfficerRegistration(construction.id(), unit.id(), "Trương Văn Lực", "Chuyên viên",
				officer.toString(), null, null, DemoAccounts.PASSWORD, Set.of(Role.SPECIALIST),
				PasswordChosenBy.HOLDER));
		String code = atUnitHead();

		assertThat(page("unithead", code)).contains("Sở Xây dựng tỉnh Quảng Ngãi");
		assertThat(mvc.post().uri("/work/dossiers/{code}/transfer", code).param("coAgency", "")
			.param("transferRequest", "Xin ý kiến về điều kiện công trình").with(httpBasic("unithead", DemoAccounts.PASSWORD))
			.with(csrf())).hasStatusOk().bodyText().contains("Vui lòng chọn cơ quan phối hợp.")
			.contains(">Xin ý kiến về điều kiện công trình</textarea>");
		assertThat(mvc.post().uri("/work/dossiers/{code}/transfer", code).param("coAgency", construction.code())
			.param("transferRequest", "Xin ý kiến về điều kiện công trình").with(httpBasic("unithead", DemoAccounts.PASSWORD))
			.with(csrf())).hasStatus3xxRedirection().hasRedirectedUrl("/work/queue").flash()
			.containsEntry("movedAs", "dossier.work.done.transfer");

		assertThat(page("unithead", code)).as("away: the holder reads, and waits")
			.contains("đang được chuyển đến Sở Xây dựng tỉnh Quảng Ngãi")
			.doesNotContain("/work/dossiers/" + code + "/forward").doesNotContain("/transfer/return");
		assertThat(page(officer.toString(), code)).contains("Xin ý kiến về điều kiện công trình")
			.contains("/work/dossiers/" + code + "/transfer/return").doesNotContain("/work/dossiers/" + code + "/forward")
			.contains("/work/dossiers/" + code + "/documents/0");
		assertThat(mvc.get().uri("/work/dossiers/{code}", code).with(httpBasic("specialist", DemoAccounts.PASSWORD)))
			.as("an officer of neither").hasStatus(403);
		assertThat(post(officer.toString(), code, "transfer/return", "opinion", "Đủ điều kiện về xây dựng"))
			.hasStatus3xxRedirection().hasRedirectedUrl("/work/queue");
		assertThat(dossiers.findByCode(code).orElseThrow().heldByAgency()).isNull();
		assertThat(page("unithead", code)).contains("/work/dossiers/" + code + "/forward");
	}

	@Test
	void aRefusalOrAStopTakesTheDossierOutOfTheOfficersHands() {
		String refused = atUnitHead();
		assertThat(post("unithead", refused, "refusal", "refusalReason", " ")).hasStatusOk().bodyText()
			.contains("Vui lòng nêu lý do.");
		String tooLong = "Không đủ điều kiện ".repeat(Dossier.MAX_NOTE_LENGTH / 10);
		assertThat(post("unithead", refused, "refusal", "refusalReason", tooLong)).as("what was typed is kept")
			.hasStatusOk().bodyText().contains("dài quá 2.000 ký tự").contains(">" + tooLong + "</textarea>")
			.contains("<details class=\"card\" open=\"open\">");
		assertThat(post("unithead", refused, "refusal", "refusalReason", "Cơ sở không đủ điều kiện"))
			.hasStatus3xxRedirection().hasRedirectedUrl("/work/queue");
		Dossier atReturn = dossiers.findByCode(refused).orElseThrow();
		assertThat(atReturn.status()).isEqualTo(DossierStatus.PROCESSED);
		assertThat(atReturn.refusalReason()).isEqualTo("Cơ sở không đủ điều kiện");

		String stopped = atUnitHead();
		assertThat(post("specialist", stopped, "stop", "stopReason", "Cơ sở đã ngừng hoạt động")).as("not the holder")
			.hasStatus(403);
		assertThat(post("unithead", stopped, "stop", "stopReason", "Cơ sở đã ngừng hoạt động"))
			.hasStatus3xxRedirection();
		assertThat(dossiers.findByCode(stopped).orElseThrow().status()).isEqualTo(DossierStatus.STOPPED);
		assertThat(mvc.get().uri("/work/queue").with(httpBasic("unithead", DemoAccounts.PASSWORD))
			.flashAttr("moved", stopped).flashAttr("movedAs", "dossier.work.done.stop"))
			.hasStatusOk().bodyText().contains("Đã dừng giải quyết hồ sơ " + stopped + ".");
	}

	/** The refusal and stop reasons are published on the status page: their fields say so to a screen reader too. */
	@Test
	void theRefusalAndStopReasonsSayTheyArePublished() {
		String page = page("unithead", atUnitHead());
		for (String field : List.of("refusalReason", "stopReason")) {
			assertThat(page).contains("<p class=\"hint\" id=\"" + field + "-public\">Lý do được công khai")
				.contains("aria-describedby=\"" + field + "-hint " + field + "-public\"");
		}
		assertThat(page).as("a note that is not published says nothing of it")
			.contains("aria-describedby=\"missingItems-hint\"").doesNotContain("missingItems-public");
	}

	@Test
	void aCitizenCannotTakeAnOfficersAction() {
		String code = atUnitHead();
		assertThat(post(DemoAccounts.CITIZEN, code, "stop", "stopReason", "Tôi muốn dừng")).hasStatus(403);
		assertThat(dossiers.findByCode(code).orElseThrow().status()).isEqualTo(DossierStatus.IN_PROGRESS);
	}

	/**
	 * A step assigned to one specialist waits for them alone. The unit head opens it from the unit's
	 * view and gives the step to a colleague; an officer whose account is disabled cannot be chosen.
	 */
	@Test
	void aUnitHeadGivesAStepHeldByADisabledOfficerToAColleague() {
		String away = specialist("Phạm Văn Vắng");
		String colleague = specialist("Ngô Thị Thay");
		String code = atUnitHead();
		assertThat(mvc.post().uri("/work/dossiers/{code}/forward", code).param("assignee", away)
			.with(httpBasic("unithead", DemoAccounts.PASSWORD)).with(csrf())).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/work/dossiers/{code}", code).with(httpBasic(colleague, DemoAccounts.PASSWORD)))
			.as("assigned to the absent specialist alone").hasStatus(403);
		accounts.disable(accounts.findByUsername(away).orElseThrow().id());
		assertThat(page(colleague, code)).as("handed back to the unit with the account")
			.contains("/work/dossiers/" + code + "/forward");

		assertThat(page("unithead", code)).contains("Phạm Văn Vắng (tài khoản đang bị khóa")
			.contains("value=\"" + colleague + "\"").doesNotContain("/work/dossiers/" + code + "/forward");
		assertThat(post("specialist", code, "assignment", "holder", colleague)).as("not the unit head").hasStatus(403);
		assertThat(post(DemoAccounts.CITIZEN, code, "assignment", "holder", colleague)).hasStatus(403);
		assertThat(post("unithead", code, "assignment", "holder", away)).as("a disabled account")
			.hasStatusOk().bodyText().contains("Không thể giao bước cho &quot;" + away + "&quot;");
		assertThat(post("unithead", code, "assignment", "holder", "leader")).as("not the step's role")
			.hasStatusOk().bodyText().contains("Không thể giao bước cho &quot;leader&quot;");

		assertThat(post("unithead", code, "assignment", "holder", colleague)).hasStatus3xxRedirection()
			.hasRedirectedUrl("/work/queue");
		assertThat(page(colleague, code)).contains("/work/dossiers/" + code + "/forward");
		assertThat(mvc.get().uri("/api/v1/work/queue?q={code}", code).with(httpBasic(colleague, DemoAccounts.PASSWORD)))
			.as("in the colleague's queue").bodyText().contains(code);
		assertThat(mvc.get().uri("/api/v1/audit/entries").param("recordId", code)
			.with(httpBasic("admin", DemoAccounts.PASSWORD))).bodyJson()
			.extractingPath("$.content[?(@.action == 'dossier.step.assigned')].summary").asArray()
			.anySatisfy(summary -> assertThat(summary).asString().contains("Ngô Thị Thay"));
		assertThat(post(colleague, code, "forward", "comment", "Đã thẩm định")).hasStatus3xxRedirection();

		String open = atUnitHead();
		post("unithead", open, "forward", "assignee", colleague);
		assertThat(mvc.post().uri("/api/v1/work/dossiers/{code}/assignment", open)
			.contentType(MediaType.APPLICATION_JSON).content("{\"holder\":\"" + away + "\"}")
			.with(httpBasic("unithead", DemoAccounts.PASSWORD))).as("the API refuses a disabled account in words")
			.hasStatus(400).bodyJson().extractingPath("$.detail").asString().contains("đang bị khóa");
		assertThat(mvc.post().uri("/api/v1/work/dossiers/{code}/assignment", open)
			.contentType(MediaType.APPLICATION_JSON).content("{}")
			.with(httpBasic("specialist", DemoAccounts.PASSWORD))).hasStatus(403);
		assertThat(mvc.post().uri("/api/v1/work/dossiers/{code}/assignment", open)
			.contentType(MediaType.APPLICATION_JSON).content("{}")
			.with(httpBasic("unithead", DemoAccounts.PASSWORD))).hasStatusOk();
		assertThat(page("specialist", open)).as("back to every specialist of the unit")
			.contains("/work/dossiers/" + open + "/forward");
	}

	/**
	 * A step assigned to an officer whose account is then disabled went on waiting for them, and nobody
	 * was told: it goes back to the whole unit, audited, and the administrator is told how many went
	 * back. Enabling the account again gives nothing back to it.
	 */
	@Test
	void disablingAnOfficerHandsTheStepsAssignedToThemBackToTheirUnit() {
		String leaving = specialist("Đỗ Văn Nghỉ");
		String colleague = specialist("Lý Thị Ở Lại");
		String assigned = atUnitHead();
		String another = atUnitHead();
		String open = atUnitHead();
		post("unithead", assigned, "forward", "assignee", leaving);
		post("unithead", another, "forward", "assignee", colleague);
		post("unithead", open, "forward", "comment", "Cả đơn vị");
		assertThat(mvc.get().uri("/work/dossiers/{code}", assigned).with(httpBasic(colleague, DemoAccounts.PASSWORD)))
			.as("assigned to the leaving specialist alone").hasStatus(403);

		UUID leavingAccount = accounts.findByUsername(leaving).orElseThrow().id();
		String officerPage = "/admin/agencies/" + demoAgency().id() + "/officers/"
				+ organization.officerOfAccount(leavingAccount).orElseThrow().id();
		assertThat(mvc.post().uri(officerPage + "/disable").with(httpBasic("admin", DemoAccounts.PASSWORD)).with(csrf()))
			.hasRedirectedUrl(officerPage).flash().containsEntry("handedBack", 1);
		assertThat(mvc.get().uri(officerPage).flashAttr("handedBack", 1).with(httpBasic("admin", DemoAccounts.PASSWORD)))
			.bodyText().contains("1 việc (bước xử lý hồ sơ, đơn) đang giao riêng cho tài khoản này đã được trả về đơn vị để giao lại.");

		DossierStep handedBack = dossiers.findByCode(assigned).orElseThrow().currentStep();
		assertThat(handedBack.holderAccountId()).isNull();
		assertThat(handedBack.unitId()).as("a step naming no unit goes to the unit of its officer")
			.isEqualTo(specialistsUnit());
		assertThat(page(colleague, assigned)).contains("/work/dossiers/" + assigned + "/forward");
		assertThat(mvc.get().uri("/api/v1/work/queue?q={code}", assigned).with(httpBasic(colleague, DemoAccounts.PASSWORD)))
			.as("in the queue of every specialist of the unit").bodyText().contains(assigned);
		assertThat(mvc.get().uri("/api/v1/work/queue?scope=unit&q={code}", assigned)
			.with(httpBasic("unithead", DemoAccounts.PASSWORD))).as("in the unit head's view").bodyText().contains(assigned);
		assertThat(mvc.get().uri("/api/v1/audit/entries").param("recordId", assigned)
			.with(httpBasic("admin", DemoAccounts.PASSWORD))).bodyJson()
			.extractingPath("$.content[?(@.action == 'dossier.step.assigned')]").asArray().singleElement()
			.satisfies(entry -> assertThat(entry.toString()).contains("account disabled: " + leaving, "actor=admin"));
		assertThat(dossiers.findByCode(another).orElseThrow().currentStep().holderAccountId())
			.as("a colleague's step stays theirs").isEqualTo(accounts.findByUsername(colleague).orElseThrow().id());
		assertThat(dossiers.findByCode(open).orElseThrow().currentStep().unitId()).as("an open step is left alone")
			.isNull();

		assertThat(mvc.post().uri(officerPage + "/enable").with(httpBasic("admin", DemoAccounts.PASSWORD)).with(csrf()))
			.hasRedirectedUrl(officerPage).flash().doesNotContainKey("handedBack");
		assertThat(dossiers.findByCode(assigned).orElseThrow().currentStep().holderAccountId())
			.as("enabling the account again gives nothing back to it").isNull();
		assertThat(accounts.disable(leavingAccount)).as("nothing left assigned to it").isZero();
	}

	/**
	 * A step keeps its officer: sent back to it after their account was disabled, the dossier goes to
	 * the unit instead of waiting for them; nor may a disabled officer be chosen for the next step.
	 */
	@Test
	void aDossierSentBackToTheStepOfADisabledOfficerGoesToTheirUnitAndNobodyForwardsToThem() {
		String leaving = specialist("Đỗ Văn Đi");
		String colleague = specialist("Lý Thị Thay");
		String code = atUnitHead();
		post("unithead", code, "forward", "assignee", leaving);
		assertThat(post(leaving, code, "forward", "comment", "Đã thẩm định")).hasStatus3xxRedirection();
		UUID leavingAccount = accounts.findByUsername(leaving).orElseThrow().id();
		assertThat(accounts.disable(leavingAccount)).as("no step of theirs is current").isZero();

		assertThat(post("unithead", code, "send-back", "backReason", "Cần thẩm định lại")).hasStatus3xxRedirection();
		DossierStep back = dossiers.findByCode(code).orElseThrow().currentStep();
		assertThat(back.holderAccountId()).as("not back to the disabled officer").isNull();
		assertThat(back.unitId()).isEqualTo(specialistsUnit());
		assertThat(page(colleague, code)).contains("/work/dossiers/" + code + "/forward");

		String another = atUnitHead();
		assertThat(post("unithead", another, "forward", "assignee", leaving)).bodyText()
			.contains("Không thể giao bước tiếp theo cho &quot;" + leaving + "&quot;: tài khoản này đã bị vô hiệu hóa");
		assertThat(mvc.post().uri("/api/v1/work/dossiers/{code}/forward", another).header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON).content("{\"assignee\":\"" + leaving + "\"}")
			.with(httpBasic("unithead", DemoAccounts.PASSWORD))).as("the API names the field by its label")
			.hasStatus(400).bodyJson().satisfies(problem -> {
				assertThat(problem).extractingPath("$.detail").asString()
					.startsWith("Assign to an officer (user name; leave empty for anyone in the role): The next step cannot")
					.contains("this account is disabled");
				assertThat(problem).extractingPath("$.errors.assignee").asString().contains("disabled");
			});
		assertThat(dossiers.findByCode(another).orElseThrow().currentStep().role()).isEqualTo(Role.UNIT_HEAD);
	}

	private UUID specialistsUnit() {
		return DemoUnitOfficers.specialistsUnit(organization, accounts);
	}

	private Agency demoAgency() {
		return organization.agencyByCode("000.00.31.H55").orElseThrow();
	}

	private String specialist(String name) {
		return DemoUnitOfficers.aSpecialist(organization, accounts, name);
	}

	private String atUnitHead() {
		return DossiersAtUnitHead.aDossierAtTheUnitHead(mvc, intake, accounts);
	}

	private MvcTestResult post(String officer, String code, String action, String field, String value) {
		return mvc.post().uri("/work/dossiers/{code}/" + action, code).param(field, value)
			.with(httpBasic(officer, DemoAccounts.PASSWORD)).with(csrf()).exchange();
	}

	private String page(String officer, String code) {
		MvcTestResult result = mvc.get().uri("/work/dossiers/{code}", code).with(httpBasic(officer, DemoAccounts.PASSWORD))
			.exchange();
		assertThat(result).hasStatusOk();
		try {
			return result.getResponse().getContentAsString(UTF_8);
		}
		catch (UnsupportedEncodingException e) {
			throw new IllegalStateException(e);
		}
	}
}
