package vn.motcua.dossier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;

import vn.motcua.calendar.OpenTimeliness;
import vn.motcua.calendar.Timeliness;
import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.Role;
import vn.motcua.organization.OfficerRegistration;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.VietnamTime;
import vn.motcua.identity.PasswordChosenBy;
import vn.motcua.testing.ApiTimes;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.MutableClock;
import vn.motcua.testing.TestFiles;
import vn.motcua.testing.WebTest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * A dossier walks the steps of its procedure's internal process: each officer finds it in their
 * queue when it waits at their role's step, moves it forward or back, and nobody else can.
 */
@WebTest
@Import(MutableClock.Configuration.class)
class ProcessingTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DossierIntake intake;

	@Autowired
	AccountManagement accounts;

	@Autowired
	DossierRepository dossiers;

	@Autowired
	MutableClock clock;

	@Autowired
	DossierManagement management;

	@Autowired
	OrganizationManagement organization;

	@BeforeEach
	void wednesdayMorning() {
		clock.set(Instant.parse("2026-11-25T01:00:00Z"));
	}

	@AfterEach
	void realTime() {
		clock.reset();
	}

	@Test
	void aDossierWalksEveryStepToProcessedAndEachHandOverIsRecorded() {
		String code = received();
		assertThat(queue("desk", "?q=" + code)).contains(code);
		assertThat(move("desk", code, "forward", "{}")).hasStatusOk().bodyJson().extractingPath("$.role")
			.isEqualTo("UNIT_HEAD");
		assertThat(queue("unithead", "?q=" + code)).contains(code);
		assertThat(queue("specialist", "?q=" + code)).doesNotContain(code);

		for (String officer : new String[] { "unithead", "specialist", "unithead", "leader" }) {
			if (officer.equals("leader")) {
				signedResult(code);
			}
			assertThat(move(officer, code, "forward", "{\"comment\":\"Đồng ý\"}")).hasStatusOk();
		}
		assertThat(move("records", code, "forward", "{}")).hasStatusOk().bodyJson()
			.isLenientlyEqualTo("{\"status\":\"PROCESSED\",\"nationalStatus\":9,\"role\":\"RECEPTION_OFFICER\"}");

		Dossier processed = dossiers.findByCode(code).orElseThrow();
		assertThat(processed.timeliness()).as("processed the same day, days before the appointment")
			.isEqualTo(Timeliness.EARLY);
		assertThat(processed.handovers()).hasSize(6).allMatch(Handover::forward);
		assertThat(processed.history()).extracting(StatusChange::status).containsExactly(DossierStatus.SUBMITTED,
				DossierStatus.RECEIVED, DossierStatus.IN_PROGRESS, DossierStatus.PROCESSED);
		assertThat(move("desk", code, "forward", "{}")).as("returning the result is not part of this step yet")
			.hasStatus(400);
	}

	@Test
	void theTrackingSlipListsEveryHandOverWithTheTimelinessOfTheStepThatEnded() throws Exception {
		String code = received();
		move("desk", code, "forward", "{}");
		clock.advance(Duration.ofDays(3));
		move("unithead", code, "forward", "{}");
		move("specialist", code, "send-back", "{\"comment\":\"Chưa rõ\"}");
		byte[] slip = mvc.get().uri("/desk/dossiers/{code}/slips/tracking", code)
			.with(httpBasic("desk", DemoAccounts.PASSWORD)).exchange().getResponse().getContentAsByteArray();
		assertThat(DossierSlipsTests.text(slip)).contains("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ").contains(code)
			.contains("Tiếp nhận, kiểm tra hồ sơ").contains("Đúng hạn").contains("Quá hạn")
			.contains("Trả lại").contains("Chưa rõ").contains("Võ Thị Lan");
	}

	@Test
	void aSupplementDuringProcessingPausesTheClockOnceAndASecondIsRefused() {
		String code = received();
		move("desk", code, "forward", "{}");
		move("unithead", code, "forward", "{}");
		LocalDateTime appointment = dossiers.findByCode(code).orElseThrow().appointmentAt();
		assertThat(move("specialist", code, "supplement-request",
				"{\"missingItems\":[\"Bản sao văn bằng có chứng thực\"]}"))
			.hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("SUPPLEMENT_REQUESTED");
		assertThat(queue("specialist", "?q=" + code)).as("a paused dossier waits for the applicant").doesNotContain(code);

		clock.advance(Duration.ofDays(7));
		assertThat(mvc.post().uri("/my/dossiers/{code}/completion", code).multipart()
			.file(new MockMultipartFile("document-2", "bang-chung-thuc.pdf",
					"application/pdf", SubmissionFiles.pdf()))
			.with(httpBasic(DemoAccounts.CITIZEN, DemoAccounts.PASSWORD))
			.with(SecurityMockMvcRequestPostProcessors.csrf()))
			.hasStatus3xxRedirection();
		Dossier resumed = dossiers.findByCode(code).orElseThrow();
		assertThat(resumed.status()).isEqualTo(DossierStatus.IN_PROGRESS);
		assertThat(resumed.appointmentAt()).as("the appointment moves by the working time paused")
			.isAfter(appointment.plusDays(6));
		assertThat(queue("specialist", "?q=" + code)).contains(code);

		assertThat(move("specialist", code, "supplement-request", "{\"missingItems\":[\"Ảnh\"]}"))
			.hasStatus(400).bodyJson().extractingPath("$.detail").asString().contains("chỉ được yêu cầu bổ sung hồ sơ 1 lần");
	}

	@Test
	void papersBroughtToTheDeskAnswerASupplementRequestAndTheClockResumes() throws Exception {
		String code = received();
		move("desk", code, "forward", "{}");
		move("unithead", code, "forward", "{}");
		LocalDateTime appointment = dossiers.findByCode(code).orElseThrow().appointmentAt();
		move("specialist", code, "supplement-request", "{\"missingItems\":[\"Bản sao văn bằng có chứng thực\"]}");
		clock.advance(Duration.ofDays(7));

		assertThat(mvc.get().uri("/desk/dossiers/{code}", code).with(httpBasic("desk", DemoAccounts.PASSWORD)))
			.hasStatusOk().bodyText().contains("/supplement").contains("name=\"certifiedCopies-2\"");
		assertThat(mvc.post().uri("/api/v1/desk/dossiers/{code}/supplement", code).contentType(MediaType.APPLICATION_JSON)
			.content("{\"documents\":[{\"index\":2,\"originals\":0,\"certifiedCopies\":0,\"photocopies\":0}]}")
			.with(httpBasic("desk", DemoAccounts.PASSWORD))).as("no paper counted")
			.hasStatus(400).bodyJson().extractingPath("$.detail").asString().contains("ít nhất một giấy tờ");
		assertThat(mvc.post().uri("/api/v1/desk/dossiers/{code}/supplement", code).contentType(MediaType.APPLICATION_JSON)
			.content("{\"documents\":[{\"index\":2,\"originals\":0,\"certifiedCopies\":1,\"photocopies\":0}]}")
			.with(httpBasic("specialist", DemoAccounts.PASSWORD))).as("only the desk records papers").hasStatus(403);
		assertThat(mvc.post().uri("/desk/dossiers/{code}/supplement", code).multipart()
			.param("certifiedCopies-2", "1")
			.file(new MockMultipartFile("document-2", "bang-chung-thuc.pdf",
					"application/pdf", SubmissionFiles.pdf()))
			.with(httpBasic("desk", DemoAccounts.PASSWORD))
			.with(SecurityMockMvcRequestPostProcessors.csrf()))
			.hasStatus3xxRedirection();

		Dossier resumed = dossiers.findByCode(code).orElseThrow();
		assertThat(resumed.status()).isEqualTo(DossierStatus.IN_PROGRESS);
		assertThat(resumed.appointmentAt()).as("the appointment moves by the working time paused")
			.isAfter(appointment.plusDays(6));
		assertThat(resumed.documents()).last().satisfies(document -> {
			assertThat(document.certifiedCopies()).isEqualTo(1);
			assertThat(document.hasFile()).isTrue();
		});
		assertThat(resumed.history()).last().satisfies(change -> assertThat(change.actor()).isEqualTo("desk"));
		assertThat(queue("specialist", "?q=" + code)).contains(code);
	}

	@Test
	void aPaymentRequestPausesTheClockAndStoppingOrWithdrawingEndsTheDossier() {
		String paying = received();
		move("desk", paying, "forward", "{}");
		assertThat(move("unithead", paying, "payment-request", "{\"reason\":\"Nộp lệ phí cấp thẻ 200.000 đồng\"}"))
			.hasStatusOk().bodyJson().extractingPath("$.nationalStatus").isEqualTo(6);
		LocalDateTime due = dossiers.findByCode(paying).orElseThrow().appointmentAt();
		clock.advance(Duration.ofDays(2));
		assertThat(move("unithead", paying, "payment", "{\"reason\":\"Biên lai số 0012345\"}")).hasStatusOk()
			.bodyJson().extractingPath("$.status").isEqualTo("IN_PROGRESS");
		assertThat(dossiers.findByCode(paying).orElseThrow().appointmentAt()).isAfter(due);

		assertThat(move("unithead", paying, "stop", "{\"reason\":\" \"}")).hasStatus(400);
		assertThat(move("unithead", paying, "stop", "{\"reason\":\"Cơ sở đã ngừng hoạt động\"}")).hasStatusOk()
			.bodyJson().extractingPath("$.nationalStatus").isEqualTo(8);
		assertThat(dossiers.findByCode(paying).orElseThrow().timeliness()).as("stopped before its appointment")
			.isEqualTo(Timeliness.EARLY);
		try {
			assertThat(DossierSlipsTests.text(mvc.get().uri("/my/dossiers/{code}/slips/stop-notice", paying)
				.with(httpBasic(DemoAccounts.CITIZEN, DemoAccounts.PASSWORD)).exchange().getResponse()
				.getContentAsByteArray())).contains("THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ").contains("ngừng hoạt động");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}

		String withdrawn = received();
		assertThat(mvc.post().uri("/api/v1/my/dossiers/{code}/withdrawal", withdrawn)
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Không còn nhu cầu\"}")
			.with(httpBasic(DemoAccounts.OTHER_CITIZEN, DemoAccounts.PASSWORD))).hasStatus(404);
		assertThat(mvc.post().uri("/api/v1/my/dossiers/{code}/withdrawal", withdrawn)
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Không còn nhu cầu\"}")
			.with(httpBasic(DemoAccounts.CITIZEN, DemoAccounts.PASSWORD)))
			.hasStatusOk().bodyJson().extractingPath("$.nationalStatus").isEqualTo(7);
		assertThat(queue("desk", "?q=" + withdrawn)).doesNotContain(withdrawn);
		assertThat(dossiers.findByCode(withdrawn).orElseThrow().timeliness()).isEqualTo(Timeliness.EARLY);
	}

	/** On the page, a comment longer than its column is refused with the limit (it failed with a server error). */
	@Test
	void aCommentLongerThanTheStepKeepsIsRefusedWithTheLimit() {
		String code = received();
		String tooLong = "x".repeat(Dossier.MAX_NOTE_LENGTH + 1);
		assertThat(mvc.post().uri("/work/dossiers/{code}/forward", code).param("comment", tooLong)
			.with(httpBasic("desk", DemoAccounts.PASSWORD)).with(csrf()))
			.hasStatusOk().bodyText().contains("dài quá 2.000 ký tự", tooLong + "</textarea>");
		assertThat(mvc.post().uri("/work/dossiers/{code}/forward", code).param("comment", tooLong.substring(1))
			.with(httpBasic("desk", DemoAccounts.PASSWORD)).with(csrf())).hasStatus3xxRedirection();
	}

	@Test
	void anApologyGivesOneNewDateAWorkingDayAheadAndTheDossierStillCountsLate() throws Exception {
		String code = received();
		move("desk", code, "forward", "{}");
		LocalDateTime due = dossiers.findByCode(code).orElseThrow().appointmentAt();
		String newDate = due.plusDays(7).toString();
		assertThat(move("unithead", code, "apology", "{\"reason\":\"Chờ ý kiến của Sở Xây dựng\",\"newAppointment\":\""
				+ due.minusDays(1) + "\"}")).as("the new date must come after the due time").hasStatus(400);
		assertThat(move("unithead", code, "apology", "{\"reason\":\"Chờ ý kiến của Sở Xây dựng\",\"newAppointment\":\""
				+ newDate + "\"}")).hasStatusOk();
		assertThat(move("unithead", code, "apology", "{\"reason\":\"Lần hai\",\"newAppointment\":\"" + newDate + "\"}"))
			.hasStatus(400).bodyJson().extractingPath("$.detail").asString().contains("một lần");
		String slip = DossierSlipsTests.text(mvc.get().uri("/desk/dossiers/{code}/slips/apology", code)
			.with(httpBasic("desk", DemoAccounts.PASSWORD)).exchange().getResponse().getContentAsByteArray());
		assertThat(slip).contains("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ").contains("Chờ ý kiến của Sở Xây dựng")
			.contains(due.plusDays(7).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));

		for (String officer : new String[] { "unithead", "specialist", "unithead" }) {
			move(officer, code, "forward", "{}");
		}
		// signed before the clock moves past today: a development key made on first use starts its
		// validity at this clock's time, and the other tests sign at today's
		signedResult(code);
		move("leader", code, "forward", "{}");
		clock.set(due.plusDays(1).atZone(VietnamTime.ZONE).toInstant());
		move("records", code, "forward", "{}");
		assertThat(dossiers.findByCode(code).orElseThrow().timeliness()).isEqualTo(Timeliness.LATE);
	}

	/**
	 * The new date of an apology is Vietnam's time whether the officer's client writes it in UTC or, as
	 * before, without an offset; 06:30 in Vietnam is the day before in UTC.
	 */
	@ParameterizedTest
	@ValueSource(booleans = { true, false })
	void anApologysNewDateIsReadAsVietnamsTimeWithOrWithoutAnOffset(boolean inUtc) {
		String code = received();
		move("desk", code, "forward", "{}");
		LocalDateTime newDate = dossiers.findByCode(code).orElseThrow().appointmentAt().plusDays(7).toLocalDate()
			.atTime(6, 30);
		String written = inUtc ? newDate.atZone(VietnamTime.ZONE).toInstant().toString()
				: newDate.toString();

		assertThat(move("unithead", code, "apology", "{\"reason\":\"Chờ ý kiến của Sở Xây dựng\",\"newAppointment\":\""
				+ written + "\"}")).hasStatusOk();

		assertThat(written).endsWith(inUtc ? "T23:30:00Z" : "T06:30");
		assertThat(dossiers.findByCode(code).orElseThrow().newAppointmentAt()).isEqualTo(newDate);
	}

	@Test
	void anApologyOnTheLastWorkingDayIsTooLate() {
		String code = received();
		LocalDateTime due = dossiers.findByCode(code).orElseThrow().appointmentAt();
		clock.set(due.minusHours(2).atZone(VietnamTime.ZONE).toInstant());
		assertThat(move("desk", code, "apology", "{\"reason\":\"Trễ\",\"newAppointment\":\"" + due.plusDays(3) + "\"}"))
			.hasStatus(400).bodyJson().extractingPath("$.detail").asString().contains("chậm nhất 1 ngày làm việc");
	}

	@Test
	void aStepAssignedToOneSpecialistIsTheirsAlone() {
		StringBuilder other = new StringBuilder("chuyenvien");
		ThreadLocalRandom.current().ints(8, 'a', 'z' + 1).forEach(letter -> other.append((char) letter));
		var agency = organization.agencyByCode("000.00.31.H55").orElseThrow();
		var unit = organization.units(agency.id()).get(0);
		organization.createOfficer(new OfficerRegistration(agency.id(), unit.id(),
				"Mai Văn Khoa", "Chuyên viên", other.toString(), null, null, DemoAccounts.PASSWORD,
				Set.of(Role.SPECIALIST), PasswordChosenBy.HOLDER));
		String code = received();
		move("desk", code, "forward", "{}");
		assertThat(move("unithead", code, "forward", "{\"assignee\":\"desk\"}")).as("not a specialist")
			.hasStatus(400).bodyJson().extractingPath("$.detail").asString().contains("không có vai trò");
		assertThat(move("unithead", code, "forward", "{\"assignee\":\"specialist\"}")).hasStatusOk();
		assertThat(queue(other.toString(), "?q=" + code)).doesNotContain(code);
		assertThat(queue("specialist", "?q=" + code)).contains(code);
		assertThat(move(other.toString(), code, "forward", "{}")).hasStatus(403);
		assertThat(move("specialist", code, "forward", "{}")).hasStatusOk();
	}

	@Test
	void onlyTheHolderOfTheCurrentStepMovesTheDossier() {
		String code = received();
		assertThat(move("specialist", code, "forward", "{}")).hasStatus(403);
		assertThat(move("unithead", code, "forward", "{}")).hasStatus(403);
		assertThat(mvc.post().uri("/api/v1/work/dossiers/{code}/forward", code)
			.with(httpBasic(DemoAccounts.CITIZEN, DemoAccounts.PASSWORD))).hasStatus(403);
		assertThat(mvc.get().uri("/work/dossiers/{code}", code).with(httpBasic("specialist", DemoAccounts.PASSWORD)))
			.hasStatus(403);
		assertThat(mvc.get().uri("/work/dossiers/{code}", code).with(httpBasic("leader", DemoAccounts.PASSWORD)))
			.as("the leader oversees it: reads it, may reassign the step, does not act on it").hasStatusOk().bodyText()
			.contains("/assignment").doesNotContain("/forward");
		assertThat(mvc.post().uri("/work/dossiers/{code}/forward", code).with(httpBasic("leader", DemoAccounts.PASSWORD))
			.with(csrf())).hasStatus(403);
		assertThat(dossiers.findByCode(code).orElseThrow().status()).isEqualTo(DossierStatus.RECEIVED);
	}

	@Test
	void aDossierSentBackNeedsAReasonAndReturnsToThePreviousStep() {
		String code = received();
		move("desk", code, "forward", "{}");
		move("unithead", code, "forward", "{}");
		assertThat(move("specialist", code, "send-back", "{\"comment\":\" \"}")).hasStatus(400).bodyJson()
			.extractingPath("$.errors.comment").isEqualTo("Vui lòng nêu lý do trả lại.");
		assertThat(move("specialist", code, "send-back", "{\"comment\":\"Thiếu ý kiến phân công rõ ràng\"}"))
			.hasStatusOk().bodyJson().extractingPath("$.role").isEqualTo("UNIT_HEAD");
		assertThat(dossiers.findByCode(code).orElseThrow().handovers()).last()
			.satisfies(handover -> assertThat(handover.forward()).isFalse())
			.extracting(Handover::comment).isEqualTo("Thiếu ý kiến phân công rõ ràng");
	}

	@Test
	void anOpenDossierIsWithinItsDeadlineUntilTheAppointmentAndOverdueAfter() {
		String code = received();
		LocalDateTime appointment = dossiers.findByCode(code).orElseThrow().appointmentAt();
		Instant before = appointment.minusHours(1).atZone(VietnamTime.ZONE).toInstant();
		Instant after = appointment.plusHours(1).atZone(VietnamTime.ZONE).toInstant();
		assertThat(management.timeliness(code, before).open()).isEqualTo(OpenTimeliness.WITHIN_DEADLINE);
		assertThat(management.timeliness(code, after).open()).isEqualTo(OpenTimeliness.OVERDUE);
		assertThat(management.timeliness(code, after).finished()).isNull();
	}

	@Test
	void theQueueSaysInWordsWhetherAStepIsOnTrackDueSoonOrOverdue() {
		String code = received();
		assertThat(queuePage("desk", "?q=" + code)).contains(code).contains("Sắp đến hạn");
		clock.advance(Duration.ofDays(2));
		assertThat(queuePage("desk", "?q=" + code)).contains(code).contains("Quá hạn");
	}

	@Test
	void theQueueFindsByCodeFiltersByUrgencyAndWarnsOfWhatIsDueOrOverdue() {
		String code = received();
		assertThat(queue("desk", "?q=" + code.toLowerCase(Locale.ROOT)))
			.as("search by code, whatever the case").contains(code).doesNotContain("},{");
		assertThat(queue("desk", "?q=khong-co-ho-so-nay")).isEqualTo("[]");
		assertThat(queue("desk", "?urgency=OVERDUE&q=" + code)).doesNotContain(code);
		assertThat(queue("desk", "?urgency=DUE_SOON&q=" + code)).contains(code);

		clock.advance(Duration.ofDays(2));
		assertThat(queue("desk", "?urgency=OVERDUE&q=" + code)).contains(code);
		assertThat(queue("desk", "?urgency=ON_TRACK&q=" + code)).doesNotContain(code);
		assertThat(queuePage("desk")).contains("id=\"queue-warning\"").containsPattern("Có \\d+ hồ sơ đã quá hạn");
	}

	@Test
	void aUnitHeadSeesWhatTheUnitsOfficersHoldAndOthersDoNot() {
		String code = received();
		move("desk", code, "forward", "{}");
		assertThat(move("unithead", code, "forward", "{\"assignee\":\"specialist\"}")).hasStatusOk();
		assertThat(queue("unithead", "?q=" + code)).as("not the unit head's to act on").doesNotContain(code);
		assertThat(queue("unithead", "?scope=unit&q=" + code)).contains(code);
		assertThat(queuePage("unithead")).contains("scope=unit");
		assertThat(mvc.get().uri("/api/v1/work/queue?scope=unit").with(httpBasic("specialist", DemoAccounts.PASSWORD)))
			.hasStatus(403);
		assertThat(queuePage("specialist")).doesNotContain("scope=unit");
	}

	@Test
	void theQueueComesAPageAtATimeWithEveryDossierOnceSoonestDueFirst() throws Exception {
		String day = registeringOn("2027-03-17");
		for (int i = 0; i < 3; i++) {
			received();
		}
		List<Map<String, Object>> seen = new ArrayList<>();
		URI page = URI.create("/api/v1/work/queue?size=2&q=" + day);
		int pages = 0;
		while (page != null) {
			MvcTestResult result = mvc.get().uri(page).with(httpBasic("desk", DemoAccounts.PASSWORD)).exchange();
			assertThat(result).hasStatusOk();
			List<Map<String, Object>> items = JsonPath.read(result.getResponse().getContentAsString(UTF_8), "$");
			assertThat(items).hasSizeBetween(1, 2);
			seen.addAll(items);
			page = next(result);
			pages++;
		}
		List<Object> codes = seen.stream().map(item -> item.get("code")).toList();
		assertThat(codes).hasSize(3).doesNotHaveDuplicates().allMatch(code -> ((String) code).contains(day));
		assertThat(pages).as("a full page, then the last").isEqualTo(2);
		assertThat(seen).isSortedAccordingTo(Comparator
			.comparing((Map<String, Object> item) -> ApiTimes.vietnamTime((String) item.get("dueAt")))
			.thenComparing(item -> (String) item.get("code")));
		assertThat(JsonPath.<List<Object>>read(queue("desk", "?q=" + day), "$[*].code")).isEqualTo(codes);
		assertThat(queuePage("desk")).as("the counts cover the whole queue")
			.contains("Danh sách có " + NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi"))
				.format(wholeQueue("desk", "").size()) + " hồ sơ.");
	}

	@Test
	void theQueuesPageLinksToTheNextPageAndBackToTheStart() {
		Matcher total = Pattern.compile("Danh sách có ([\\d.]+) hồ sơ").matcher(queuePage("desk"));
		int queued = total.find() ? Integer.parseInt(total.group(1).replace(".", "")) : 0;
		for (int held = queued; held <= WorkQueues.DEFAULT_PAGE_SIZE; held++) {
			received();
		}
		String first = queuePage("desk");
		assertThat(Pattern.compile("<tr class=\"urgency").matcher(first).results().count())
			.isEqualTo(WorkQueues.DEFAULT_PAGE_SIZE);
		assertThat(first).doesNotContain("Về đầu danh sách");
		Matcher next = Pattern.compile("rel=\"next\"\\s+href=\"([^\"]+)\"").matcher(first);
		assertThat(next.find()).as("a link to the next page").isTrue();
		String second = page("desk", URI.create(HtmlUtils.htmlUnescape(next.group(1))));
		assertThat(second).contains("Về đầu danh sách").contains("<tr class=\"urgency");
	}

	@Test
	void theUrgencyFiltersSplitTheQueueAsItsDossiersAreMarked() {
		String day = registeringOn("2027-03-24");
		String forwarded = received();
		received();
		move("desk", forwarded, "forward", "{}");
		Set<String> found = new HashSet<>();
		clock.advance(Duration.ofDays(-3)); // from a Sunday, when every step is still days ahead
		for (int days = -3; days < 4; days++) {
			for (String officer : List.of("desk", "unithead")) {
				List<Object> all = wholeQueue(officer, "&q=" + day);
				List<Object> split = new ArrayList<>();
				for (QueueItem.Urgency urgency : QueueItem.Urgency.values()) {
					String filtered = queue(officer, "?q=" + day + "&urgency=" + urgency);
					List<String> marked = JsonPath.read(filtered, "$[*].urgency");
					assertThat(marked).as("%s after %d days", officer, days).allMatch(urgency.name()::equals);
					found.addAll(marked);
					split.addAll(JsonPath.<List<Object>>read(filtered, "$[*].code"));
				}
				assertThat(split).as("%s after %d days", officer, days).containsExactlyInAnyOrderElementsOf(all);
			}
			clock.advance(Duration.ofDays(1));
		}
		assertThat(found).as("each filter had dossiers to show").hasSize(QueueItem.Urgency.values().length);
	}

	@Test
	void aBadPageSizeOrPositionIsRefusedInWords() {
		assertThat(queueProblem("?size=0")).contains("Mỗi trang có từ 1 đến 200 hồ sơ.");
		assertThat(queueProblem("?size=201")).contains("Mỗi trang có từ 1 đến 200 hồ sơ.");
		assertThat(queueProblem("?after=khong-phai-vi-tri")).contains("Không đọc được vị trí trang");
		assertThat(mvc.get().uri("/work/queue?after=2026-11-25T10:00_").with(httpBasic("desk", DemoAccounts.PASSWORD)))
			.hasStatus(400).bodyText().contains("Không đọc được vị trí trang");
	}

	/**
	 * Sets the clock to a morning of a day no other test registers dossiers on; the text a search
	 * finds that day's codes by.
	 */
	private String registeringOn(String date) {
		clock.set(Instant.parse(date + "T01:00:00Z"));
		return "-" + date.substring(2).replace("-", "") + "-";
	}

	/** Every dossier's code in an officer's queue, read a full page at a time. */
	private List<Object> wholeQueue(String officer, String query) {
		List<Object> codes = new ArrayList<>();
		URI page = URI.create("/api/v1/work/queue?size=" + WorkQueues.MAX_PAGE_SIZE + query);
		while (page != null) {
			MvcTestResult result = mvc.get().uri(page).with(httpBasic(officer, DemoAccounts.PASSWORD)).exchange();
			assertThat(result).hasStatusOk();
			codes.addAll(JsonPath.<List<Object>>read(new String(result.getResponse().getContentAsByteArray(), UTF_8),
					"$[*].code"));
			page = next(result);
		}
		return codes;
	}

	/** The next page's address in a queue's Link header, or null on the last page. */
	private static @Nullable URI next(MvcTestResult result) {
		String link = result.getResponse().getHeader(HttpHeaders.LINK);
		if (link == null) {
			return null;
		}
		assertThat(link).startsWith("<").endsWith(">; rel=\"next\"");
		return URI.create(link.substring(1, link.indexOf('>')));
	}

	private String queueProblem(String query) {
		MvcTestResult result = mvc.get().uri("/api/v1/work/queue" + query).with(httpBasic("desk", DemoAccounts.PASSWORD))
			.exchange();
		assertThat(result).hasStatus(400);
		try {
			return result.getResponse().getContentAsString(UTF_8);
		}
		catch (UnsupportedEncodingException e) {
			throw new IllegalStateException(e);
		}
	}

	private String page(String officer, URI uri) {
		try {
			MvcTestResult result = mvc.get().uri(uri).with(httpBasic(officer, DemoAccounts.PASSWORD)).exchange();
			assertThat(result).hasStatusOk();
			return result.getResponse().getContentAsString(UTF_8);
		}
		catch (UnsupportedEncodingException e) {
			throw new IllegalStateException(e);
		}
	}

	private String queue(String officer, String query) {
		try {
			var result = mvc.get().uri("/api/v1/work/queue" + query).with(httpBasic(officer, DemoAccounts.PASSWORD))
				.exchange();
			assertThat(result).hasStatusOk();
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException e) {
			throw new IllegalStateException(e);
		}
	}

	private String received() {
		UUID citizen = accounts.findByUsername(DemoAccounts.CITIZEN).orElseThrow().id();
		String code = intake.submitOnline(citizen, new OnlineSubmission(SubmissionFiles.ONLINE_PROCEDURE, "Quảng Ngãi",
				ResultDelivery.AT_DESK, null, null, SubmissionFiles.allFour())).code();
		mvc.post().uri("/api/v1/desk/dossiers/{code}/acceptance", code).with(httpBasic("desk", DemoAccounts.PASSWORD))
			.exchange();
		return code;
	}

	/** The leader, at the signing step, attaches the draft result and signs it: the procedure's result is electronic. */
	private void signedResult(String code) {
		assertThat(mvc.post().uri("/api/v1/work/dossiers/{code}/result", code).multipart()
			.file(new MockMultipartFile("file", "ket-qua.pdf", "application/pdf",
					TestFiles.onePagePdf()))
			.with(httpBasic("leader", DemoAccounts.PASSWORD))).hasStatusOk();
		assertThat(move("leader", code, "signature", "{}")).hasStatusOk();
	}

	private MvcTestResult move(String officer, String code, String action, String json) {
		return mvc.post().uri("/api/v1/work/dossiers/{code}/" + action, code).contentType(MediaType.APPLICATION_JSON)
			.content(json).with(httpBasic(officer, DemoAccounts.PASSWORD)).exchange();
	}


	private String queuePage(String officer) {
		return queuePage(officer, "");
	}

	private String queuePage(String officer, String query) {
		return page(officer, URI.create("/work/queue" + query));
	}
}
