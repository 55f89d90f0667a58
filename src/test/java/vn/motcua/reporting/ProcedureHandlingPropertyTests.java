package vn.motcua.reporting;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import vn.motcua.calendar.OpenTimeliness;
import vn.motcua.calendar.Timeliness;
import vn.motcua.catalog.ApplicantKind;
import vn.motcua.catalog.Channel;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.CounterRegistration;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.dossier.DossierManagement;
import vn.motcua.dossier.DossierProcessing;
import vn.motcua.dossier.DossierResults;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierStep;
import vn.motcua.dossier.OnlineSubmission;
import vn.motcua.dossier.PaperDocument;
import vn.motcua.dossier.ReceiptDecisions;
import vn.motcua.dossier.ResultDelivery;
import vn.motcua.dossier.UploadedFile;
import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.Role;
import vn.motcua.shared.ListPage;
import vn.motcua.shared.QueueCursor;
import vn.motcua.shared.VietnamTime;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.MutableClock;
import vn.motcua.testing.WebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random dossier lifecycles driven through the dossier module's own services on a controlled clock
 * over several statutory months: after each period, every dossier of the agency is in exactly one of
 * columns 4, 5, 6 and exactly one of 8, 9, 10, 12, 13; the columns add up; and each of this test's
 * dossiers sits in the column its own history says (received or carried over, resolved or not, how it
 * ended, and the timeliness the dossier module gives it).
 */
@WebTest
@Import(MutableClock.Configuration.class)
class ProcedureHandlingPropertyTests {

	static final String AGENCY = "000.00.31.H55";
	/**
	 * Online, with a paper result: an electronic one must be signed before processing ends, and a
	 * signature (RSA 3072 and the PDF's stamp) for each of a thousand dossiers would double the test's
	 * time without touching what it checks.
	 */
	static final String ONLINE_PROCEDURE = "1.013407.000.00.00.H55";
	static final String COUNTER_PROCEDURE = "1.013078.000.00.00.H55";
	/** Of the dossiers counted, the share (per cent) whose column is also checked against the dossier module's timeliness. */
	static final int ORACLE_SAMPLE_PERCENT = 10;
	/** 2,000 on H2; the PostgreSQL layer sets 500 (pom.xml), enough to run the same queries there. */
	static final int LIFECYCLES = Integer.getInteger("motcua.test.lifecycles", 2000);
	/** A Monday morning, years away from the other tests' dossiers. */
	static final LocalDateTime START = LocalDateTime.of(2031, 1, 6, 8, 0);
	static final Map<Role, String> OFFICERS = Map.of(Role.RECEPTION_OFFICER, "desk", Role.UNIT_HEAD, "unithead",
			Role.SPECIALIST, "specialist", Role.AGENCY_LEADER, "leader", Role.RECORDS_OFFICER, "records");

	@Autowired
	DossierIntake intake;

	@Autowired
	ReceiptDecisions receipt;

	@Autowired
	DossierProcessing processing;

	@Autowired
	DossierResults results;

	@Autowired
	DossierManagement dossiers;

	@Autowired
	ReportingManagement reporting;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	final Random random = new Random(Long.getLong("motcua.test.seed", 20310106L));
	final Map<String, Life> lives = new HashMap<>();
	UUID citizen;
	UUID business;

	/** What the test itself knows of a dossier it drives. */
	static final class Life {
		final String code;
		final Channel channel;
		final double pace;
		final String applicant;
		final UUID accountId;
		LocalDateTime receivedAt;
		LocalDateTime endedAt;
		String ending;
		DossierStatus status = DossierStatus.SUBMITTED;
		Role stepRole;
		boolean lastStep;
		long supplements;

		Life(String code, Channel channel, double pace, String applicant, UUID accountId) {
			this.code = code;
			this.channel = channel;
			this.pace = pace;
			this.applicant = applicant;
			this.accountId = accountId;
		}
	}

	@AfterEach
	void realTime() {
		clock.reset();
		SecurityContextHolder.clearContext();
	}

	@Test
	void everyDossierOfEveryPeriodIsInExactlyOneColumnAndTheColumnsAddUp() {
		citizen = accounts.findByUsername(DemoAccounts.CITIZEN).orElseThrow().id();
		business = accounts.findByUsername(DemoAccounts.BUSINESS).orElseThrow().id();
		clock.set(instant(START));
		LocalDate end = START.toLocalDate().plusDays(125);
		int created = 0;
		LocalDate nextCutOff = LocalDate.of(2031, 1, 14);
		List<ReportPeriod> checked = new ArrayList<>();
		// arrivals spread over the first 110 days, so that the last weeks let most dossiers end
		long arrivalMinutes = Duration.ofDays(110).toMinutes();
		while (now().toLocalDate().isBefore(end)) {
			long elapsed = Duration.between(START, now()).toMinutes();
			long target = Math.min(LIFECYCLES, LIFECYCLES * elapsed / arrivalMinutes + 1);
			for (; created < target; created++) {
				arrive();
			}
			for (Life life : List.copyOf(lives.values())) {
				if (life.endedAt == null && life.status != DossierStatus.NOT_RECEIVED && random.nextDouble() < life.pace) {
					try {
						act(life);
					}
					catch (AccessDeniedException noDemoOfficer) {
						// a step in a unit without a demo officer: the dossier stays where it is
					}
				}
			}
			clock.advance(Duration.ofMinutes(60 + random.nextInt(16 * 60)));
			if (now().toLocalDate().isAfter(nextCutOff)) {
				ReportPeriod month = ReportPeriod.of(ReportPeriod.Preset.MONTH, nextCutOff.getYear(),
						nextCutOff.getMonthValue());
				check(month);
				checked.add(month);
				nextCutOff = nextCutOff.plusMonths(1);
			}
		}
		check(ReportPeriod.of(ReportPeriod.Preset.QUARTER, 2031, 1));
		check(new ReportPeriod(LocalDate.of(2031, 2, 1), now().toLocalDate()));
		System.out.printf("[reporting] %d lifecycles: waiting for the read model %d ms, checking %d ms%n", LIFECYCLES,
				waiting / 1_000_000, checking / 1_000_000);
		assertThat(created).isEqualTo(LIFECYCLES);
		assertThat(checked).hasSizeGreaterThanOrEqualTo(3);
		Map<String, Long> endings = lives.values().stream().filter(life -> life.ending != null)
			.collect(Collectors.groupingBy(life -> life.ending, Collectors.counting()));
		assertThat(endings).as("the lifecycles reach every ending").containsKeys("PROCESSED", "REFUSED", "STOPPED",
				"WITHDRAWN");
	}

	private void arrive() {
		Channel channel = random.nextDouble() < 0.6 ? Channel.ONLINE : random.nextDouble() < 0.8 ? Channel.COUNTER : Channel.POST;
		boolean company = channel != Channel.ONLINE && random.nextBoolean();
		Dossier dossier;
		if (channel == Channel.ONLINE) {
			as(DemoAccounts.CITIZEN);
			dossier = intake.submitOnline(citizen, new OnlineSubmission(ONLINE_PROCEDURE, "Quảng Ngãi",
					ResultDelivery.AT_DESK, null, null, files()));
		}
		else {
			as("desk");
			dossier = intake.registerAtDesk(new CounterRegistration(company ? COUNTER_PROCEDURE : ONLINE_PROCEDURE,
					channel, company
							? new Applicant(ApplicantKind.BUSINESS, "Công ty TNHH Minh Phát", DemoAccounts.BUSINESS,
									"5 Lê Lợi, Quảng Ngãi", "0905000003", "")
							: new Applicant(ApplicantKind.CITIZEN, "Nguyễn Văn An", DemoAccounts.CITIZEN,
									"12 Trần Hưng Đạo, Quảng Ngãi", "0905000001", ""),
					1, List.of(new PaperDocument(0, 1, 0, 0, null)), ResultDelivery.AT_DESK, null, null));
		}
		double pace = random.nextDouble() < 0.7 ? 0.35 : 0.04;
		lives.put(dossier.code(), new Life(dossier.code(), channel, pace,
				company ? DemoAccounts.BUSINESS : DemoAccounts.CITIZEN, company ? business : citizen));
	}

	private void act(Life life) {
		double roll = random.nextDouble();
		Dossier dossier;
		switch (life.status) {
			case SUBMITTED -> {
				as("desk");
				if (roll < 0.04) {
					dossier = receipt.refuse(life.code, "Không thuộc thẩm quyền");
				}
				else if (roll < 0.1) {
					dossier = receipt.requestCompletion(life.code, List.of("Bản sao giấy phép"));
				}
				else if (roll < 0.13) {
					as(life.applicant);
					dossier = processing.withdraw(life.accountId, life.code, "Không còn nhu cầu");
				}
				else {
					dossier = receipt.accept(life.code);
				}
			}
			case SUPPLEMENT_REQUESTED -> {
				as(life.applicant);
				if (roll < 0.1) {
					dossier = processing.withdraw(life.accountId, life.code, "Không bổ sung được");
				}
				else {
					dossier = intake.completeOnline(life.accountId, life.code, List.of(new UploadedFile(0, "bo-sung.pdf", pdf())));
				}
			}
			case PAYMENT_REQUESTED -> {
				as(OFFICERS.get(life.stepRole));
				dossier = processing.recordPayment(life.code, "Biên lai số 001");
			}
			case PROCESSED -> {
				// a refusal is returned by the desk; its end stays the moment processing ended
				as("desk");
				if (roll < 0.5 && "REFUSED".equals(life.ending)) {
					dossier = results.returnResult(life.code, "Trả tại Bộ phận Một cửa");
				}
				else {
					return;
				}
			}
			default -> {
				if (life.stepRole == null || !OFFICERS.containsKey(life.stepRole)) {
					return;
				}
				as(OFFICERS.get(life.stepRole));
				boolean processingStep = life.stepRole != Role.RECEPTION_OFFICER;
				if (roll < 0.02) {
					dossier = processing.stop(life.code, "Cơ sở ngừng hoạt động");
				}
				else if (roll < 0.04) {
					as(life.applicant);
					dossier = processing.withdraw(life.accountId, life.code, "Không còn nhu cầu");
				}
				else if (roll < 0.06 && processingStep && life.status == DossierStatus.IN_PROGRESS && !life.lastStep) {
					dossier = processing.refuse(life.code, "Không đủ điều kiện");
				}
				else if (roll < 0.1 && processingStep && life.status == DossierStatus.IN_PROGRESS
						&& life.supplements == 0) {
					dossier = processing.requestSupplement(life.code, List.of("Bản sao văn bằng"));
				}
				else if (roll < 0.12 && processingStep && life.status == DossierStatus.IN_PROGRESS) {
					dossier = processing.requestPayment(life.code, "Nộp lệ phí");
				}
				else {
					dossier = processing.forward(life.code, null, null);
				}
			}
		}
		observe(life, dossier);
	}

	private void observe(Life life, Dossier dossier) {
		DossierStatus before = life.status;
		life.status = dossier.status();
		DossierStep step = dossier.currentStep();
		life.stepRole = step == null ? null : step.role();
		life.lastStep = step != null && step == dossier.steps().get(dossier.steps().size() - 1);
		life.supplements = dossier.supplementRequestsDuringProcessing();
		LocalDateTime now = now();
		if (dossier.receivedAt() != null && life.receivedAt == null) {
			life.receivedAt = LocalDateTime.ofInstant(dossier.receivedAt(), VietnamTime.ZONE);
		}
		if (life.receivedAt == null || before == life.status || life.endedAt != null) {
			return;
		}
		switch (life.status) {
			case PROCESSED -> {
				life.endedAt = now;
				life.ending = dossier.refusalReason() != null ? "REFUSED" : "PROCESSED";
			}
			case STOPPED, WITHDRAWN -> {
				life.endedAt = now;
				life.ending = life.status.name();
			}
			default -> {
			}
		}
	}

	long checking;
	long waiting;

	private void check(ReportPeriod period) {
		long begin = System.nanoTime();
		Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(
				() -> jdbc.sql("SELECT COUNT(*) FROM event_publication").query(Long.class).single() == 0);
		waiting += System.nanoTime() - begin;
		ProcedureHandlingReport report = reporting.procedureHandling(List.of(AGENCY), period, Locale.ROOT);
		for (ReportRow row : report.rows()) {
			assertThat(row.reconciles()).as("%s in %s", row, period).isTrue();
		}
		assertThat(report.total().reconciles()).as("total %s in %s", report.total(), period).isTrue();

		Map<ReportCell, Set<String>> cells = new EnumMap<>(ReportCell.class);
		for (ReportCell cell : ReportCell.values()) {
			List<CellDossier> behind = new ArrayList<>();
			QueueCursor after = null;
			do {
				ListPage<CellDossier> page = reporting.cell(List.of(AGENCY), period, cell, null, after,
						ListPage.MAX_SIZE);
				assertThat(page.total()).as("the count of %s", cell).isEqualTo(report.total().count(cell));
				behind.addAll(page.items());
				after = page.next();
			}
			while (after != null);
			Set<String> codes = behind.stream().map(CellDossier::code).collect(Collectors.toSet());
			assertThat(codes).as("no dossier twice in %s", cell).hasSize(behind.size());
			assertThat((long) codes.size()).as("the drill-down of %s has the report's figure", cell)
				.isEqualTo(report.total().count(cell));
			cells.put(cell, codes);
		}
		Set<String> received = cells.get(ReportCell.RECEIVED);
		assertThat(union(cells, ReportCell.ONLINE, ReportCell.DIRECT, ReportCell.CARRIED_OVER)).isEqualTo(received);
		assertThat(union(cells, ReportCell.EARLY, ReportCell.ON_TIME, ReportCell.LATE, ReportCell.WITHIN_DEADLINE,
				ReportCell.OVERDUE)).isEqualTo(received);
		assertThat(cells.get(ReportCell.RESOLVED)).containsAll(union(cells, ReportCell.WITHDRAWN, ReportCell.REFUSED,
				ReportCell.STOPPED));

		LocalDateTime start = period.start();
		LocalDateTime cutOff = period.cutOff();
		for (Life life : lives.values()) {
			boolean counted = life.receivedAt != null && life.receivedAt.isBefore(cutOff)
					&& (life.endedAt == null || !life.endedAt.isBefore(start));
			assertThat(received.contains(life.code)).as("%s counted in %s", life.code, period).isEqualTo(counted);
			if (!counted) {
				continue;
			}
			ReportCell intake = life.receivedAt.isBefore(start) ? ReportCell.CARRIED_OVER
					: life.channel == Channel.ONLINE ? ReportCell.ONLINE : ReportCell.DIRECT;
			assertThat(cells.get(intake)).as("%s in %s", life.code, intake).contains(life.code);
			boolean resolved = life.endedAt != null && life.endedAt.isBefore(cutOff);
			assertThat(cells.get(resolved ? ReportCell.RESOLVED : ReportCell.IN_PROGRESS)).contains(life.code);
			if (random.nextInt(100) >= ORACLE_SAMPLE_PERCENT) {
				continue;
			}
			if (resolved) {
				Timeliness kept = dossiers.timeliness(life.code, instant(cutOff)).finished();
				ReportCell expected = switch (kept) {
					case EARLY -> ReportCell.EARLY;
					case ON_TIME -> ReportCell.ON_TIME;
					case LATE -> ReportCell.LATE;
				};
				assertThat(cells.get(expected)).as("%s %s", life.code, kept).contains(life.code);
				if (!"PROCESSED".equals(life.ending)) {
					assertThat(cells.get(ReportCell.valueOf(life.ending))).contains(life.code);
				}
			}
			else if (life.endedAt == null && life.status != DossierStatus.SUPPLEMENT_REQUESTED
					&& life.status != DossierStatus.PAYMENT_REQUESTED) {
				// (the dossier module does not stop an open dossier's clock while a payment is awaited; the report does)
				var open = dossiers.timeliness(life.code, instant(cutOff)).open();
				if (open != null) {
					ReportCell expected = open == OpenTimeliness.OVERDUE ? ReportCell.OVERDUE
							: ReportCell.WITHIN_DEADLINE;
					assertThat(cells.get(expected)).as("%s %s at %s", life.code, open, cutOff).contains(life.code);
				}
			}
		}
		checked(begin);
	}

	private void checked(long begin) {
		checking += System.nanoTime() - begin;
	}

	private static Set<String> union(Map<ReportCell, Set<String>> cells, ReportCell... parts) {
		Set<String> union = new HashSet<>();
		int total = 0;
		for (ReportCell part : parts) {
			union.addAll(cells.get(part));
			total += cells.get(part).size();
		}
		assertThat(union).as("the columns %s do not overlap", List.of(parts)).hasSize(total);
		return union;
	}

	private static void as(String username) {
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(username, null, "ROLE_USER"));
	}

	private LocalDateTime now() {
		return LocalDateTime.ofInstant(clock.instant(), VietnamTime.ZONE);
	}

	private static Instant instant(LocalDateTime local) {
		return local.atZone(VietnamTime.ZONE).toInstant();
	}

	private static List<UploadedFile> files() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0,
				0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89 };
		return List.of(new UploadedFile(0, "dang-ky.pdf", pdf()), new UploadedFile(1, "giay-chung-nhan.png", png),
				new UploadedFile(2, "tai-lieu.pdf", pdf()));
	}

	private static byte[] pdf() {
		return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
				+ "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
			.getBytes(StandardCharsets.ISO_8859_1);
	}
}
