package vn.motcua.audit.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.audit.AuditTrail;
import vn.motcua.audit.BreakReason;
import vn.motcua.audit.ChainVerification;
import vn.motcua.audit.SyntheticAuditEntries;
import vn.motcua.shared.Actor;
import vn.motcua.testing.WebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@WebTest
class AuditWebTests {

	static final UserRequestPostProcessor ADMIN = user("admin").roles("ADMINISTRATOR");
	static final UserRequestPostProcessor INSPECTOR = user("inspector").roles("PEOPLES_INSPECTOR");
	static final UserRequestPostProcessor SPECIALIST = user("specialist").roles("SPECIALIST");

	@Autowired
	MockMvcTester mvc;
	@Autowired
	AuditTrail trail;
	@Autowired
	Clock clock;
	@Autowired
	TransactionTemplate transactions;
	@Autowired
	JdbcTemplate jdbc;

	String twoEntriesOfANewRecordType() {
		String recordType = "WebProbe" + UUID.randomUUID().toString().substring(0, 8);
		trail.recordRead(new Actor("admin"), "probe.read", recordType, "r-1", "Đọc lần đầu");
		trail.recordRead(new Actor("admin"), "probe.read", recordType, "r-2", "Đọc lần hai");
		return recordType;
	}

	@Test
	void anAdministratorSeesTheEntriesNewestFirstAndTheIntegrityCheck() {
		String recordType = twoEntriesOfANewRecordType();

		assertThat(mvc.get().uri("/admin/audit").param("recordType", recordType).with(ADMIN))
			.hasStatusOk()
			.bodyText()
			.contains("Nhật ký hệ thống", "Kiểm tra tính toàn vẹn", "/admin/audit/verification", "Các mục nhật ký (2)")
			.containsSubsequence("Đọc lần hai", "Đọc lần đầu");
	}

	@Test
	void filtersByRecordIdAndByDaysInVietnamTime() {
		String recordType = twoEntriesOfANewRecordType();
		LocalDate today = LocalDate.now(clock);

		assertThat(mvc.get().uri("/admin/audit").param("recordType", recordType).param("recordId", "r-1").with(ADMIN))
			.bodyText().contains("Đọc lần đầu").doesNotContain("Đọc lần hai");
		assertThat(mvc.get().uri("/admin/audit").param("recordType", recordType)
			.param("from", today.minusDays(1).toString()).param("to", today.plusDays(1).toString()).with(ADMIN))
			.bodyText().contains("Đọc lần đầu", "Đọc lần hai", "theo thời điểm xảy ra");
		assertThat(mvc.get().uri("/admin/audit").param("recordType", recordType)
			.param("from", today.plusDays(2).toString()).with(ADMIN))
			.bodyText().contains("Không có mục nào khớp với bộ lọc.").doesNotContain("Đọc lần đầu");
	}

	@Test
	void pagesGoFromNewerToOlderAndKeepTheFilters() {
		String recordType = "PagingProbe" + UUID.randomUUID().toString().substring(0, 8);
		for (int read = 1; read <= AuditAdminController.PAGE_SIZE + 1; read++) {
			trail.recordRead(new Actor("admin"), "probe.read", recordType, "r-" + read, "Lần đọc số " + read);
		}

		assertThat(mvc.get().uri("/admin/audit").param("recordType", recordType).with(ADMIN))
			.bodyText()
			.contains("Trang 1 / 2", "Lần đọc số 51<", "Lần đọc số 2<", "href=\"/admin/audit?page=1&amp;recordType=" + recordType)
			.doesNotContain("Lần đọc số 1<");
		assertThat(mvc.get().uri("/admin/audit").param("recordType", recordType).param("page", "1").with(ADMIN))
			.bodyText()
			.contains("Trang 2 / 2", "Lần đọc số 1<", "href=\"/admin/audit?page=0&amp;recordType=" + recordType)
			.doesNotContain("Lần đọc số 2<");
	}

	/**
	 * The action field, labelled and explained, offers the actions the trail holds and takes one typed in
	 * any case; its pages keep it with the other filters; the API takes it as a parameter.
	 */
	@Test
	void filtersByActionOfferingTheKnownOnesAndKeepingItAcrossPages() {
		String recordType = "ActionProbe" + UUID.randomUUID().toString().substring(0, 8);
		String action = "probe.page-" + recordType.substring(11).toLowerCase(Locale.ROOT);
		for (int read = 1; read <= AuditAdminController.PAGE_SIZE + 1; read++) {
			trail.recordRead(new Actor("admin"), action, recordType, "r-" + read, "Lần làm số " + read);
		}
		trail.recordRead(new Actor("admin"), "probe.other", recordType, "r-0", "Việc khác");

		assertThat(mvc.get().uri("/admin/audit").param("recordType", recordType)
			.param("action", action.toUpperCase(Locale.ROOT)).with(ADMIN))
			.hasStatusOk().bodyText()
			.contains("<label for=\"action\">Hành động (ví dụ: dossier.step.assigned)</label>",
					"không phân biệt chữ hoa, chữ thường", "list=\"audit-actions\"", "<option value=\"" + action + "\">",
					"Các mục nhật ký (51)", "Trang 1 / 2", "Lần làm số 51<")
			.contains("href=\"/admin/audit?page=1&amp;recordType=" + recordType + "&amp;recordId=&amp;actor=&amp;action="
					+ action.toUpperCase(Locale.ROOT) + "&amp;from=")
			.doesNotContain("Việc khác");
		assertThat(mvc.get().uri("/admin/audit").param("recordType", recordType).param("action", action)
			.param("page", "1").with(ADMIN))
			.bodyText().contains("Trang 2 / 2", "Lần làm số 1<").doesNotContain("Việc khác");
		assertThat(mvc.get().uri("/admin/audit").cookie(new Cookie("motcua-lang", "en")).with(ADMIN))
			.bodyText().contains("Action (for example: dossier.step.assigned)", "the case does not matter");
		assertThat(mvc.get().uri("/api/v1/audit/entries").param("action", "PROBE.OTHER").param("recordType", recordType)
			.with(ADMIN))
			.bodyJson().satisfies(json -> {
				assertThat(json).extractingPath("$.totalElements").isEqualTo(1);
				assertThat(json).extractingPath("$.content[0].summary").isEqualTo("Việc khác");
			});
	}

	@Test
	void aFilterMatchingMoreThanAreCountedSaysSoAndPagesOn() {
		String recordType = "CountedProbe" + UUID.randomUUID().toString().substring(0, 8);
		transactions.executeWithoutResult(status -> {
			status.setRollbackOnly();
			SyntheticAuditEntries.insert(jdbc, recordType, AuditTrail.MOST_COUNTED + 1, i -> clock.instant());

			assertThat(mvc.get().uri("/admin/audit").param("recordType", recordType).param("page", "3").with(ADMIN))
				.bodyText()
				.contains("Các mục nhật ký (hơn 10.000)", "Trang 4<", "rel=\"next\"", "rel=\"prev\"")
				.doesNotContain("Trang 4 /");
			assertThat(mvc.get().uri("/api/v1/audit/entries").param("recordType", recordType).with(ADMIN))
				.bodyJson()
				.satisfies(json -> {
					assertThat(json).extractingPath("$.totalElements").isEqualTo(AuditTrail.MOST_COUNTED);
					assertThat(json).extractingPath("$.totalExact").isEqualTo(false);
					assertThat(json).extractingPath("$.hasNext").isEqualTo(true);
				});
		});
	}

	@Test
	void aDateThatDoesNotParseIsExplainedBesideItsField() {
		assertThat(mvc.get().uri("/admin/audit").param("from", "31/12/2025").with(ADMIN))
			.hasStatusOk()
			.bodyText()
			.contains("Ngày không hợp lệ", "aria-invalid=\"true\"");
	}

	@Test
	void theIntegrityCheckIsPostedWithItsTokenAndItsResultShown() {
		assertThat(mvc.post().uri("/admin/audit/verification").with(ADMIN).with(csrf()))
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/admin/audit")
			.flash()
			.hasEntrySatisfying("verification", result -> assertThat(((ChainVerification) result).valid()).isTrue());
	}

	@Test
	void anIntegrityCheckWithoutCsrfTokenIsRefused() {
		assertThat(mvc.post().uri("/admin/audit/verification").with(ADMIN)).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void aBrokenChainNamesTheEntryAndTheReason() {
		var broken = new ChainVerification(false, 41, 42L, BreakReason.HASH_MISMATCH);

		assertThat(mvc.get().uri("/admin/audit").flashAttr("verification", broken).with(ADMIN))
			.bodyText()
			.contains("mục số 42 đã bị sửa sau khi ghi", "data-reason=\"HASH_MISMATCH\"");
		assertThat(mvc.get().uri("/admin/audit").cookie(new Cookie("motcua-lang", "en"))
			.flashAttr("verification", new ChainVerification(false, 1233, 1234L, BreakReason.SEQUENCE_GAP))
			.with(ADMIN))
			.bodyText()
			.contains("entry 1234 is missing (it was deleted)");
	}

	@Test
	void thePeoplesInspectorReadsTheEntriesButDoesNotRunTheCheck() {
		assertThat(mvc.get().uri("/admin/audit").with(INSPECTOR))
			.hasStatusOk()
			.bodyText()
			.doesNotContain("/admin/audit/verification");
		assertThat(mvc.get().uri("/api/v1/audit/entries").with(INSPECTOR)).hasStatusOk();
		assertThat(mvc.get().uri("/api/v1/audit/verification").with(INSPECTOR)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri("/admin/audit/verification").with(INSPECTOR).with(csrf()))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	/**
	 * An applicant signs in with their citizen ID number or e-mail address, which is then the actor of
	 * their changes: the inspection board supervises what was done, not who the citizens are (decision 0031).
	 */
	@Test
	void theInspectorReadsTheEntriesWithTheCitizensIdNumbersAndAddressesHidden() {
		String recordType = "CitizenProbe" + UUID.randomUUID().toString().substring(0, 8);
		trail.recordRead(new Actor("051090007788"), "probe.read", recordType, "r-1",
				"Registered CITIZEN account 051090007788, e-mail an.nguyen@example.vn");

		assertThat(mvc.get().uri("/admin/audit").param("recordType", recordType).with(INSPECTOR))
			.hasStatusOk().bodyText().contains("Registered CITIZEN account [đã ẩn], e-mail [đã ẩn]")
			.doesNotContain("051090007788").doesNotContain("an.nguyen@example.vn");
		assertThat(mvc.get().uri("/api/v1/audit/entries").param("recordType", recordType).with(INSPECTOR))
			.hasStatusOk().bodyText().contains("[đã ẩn]").doesNotContain("051090007788")
			.doesNotContain("an.nguyen@example.vn");
		assertThat(mvc.get().uri("/api/v1/audit/entries").param("recordType", recordType).with(ADMIN))
			.hasStatusOk().bodyText().contains("051090007788").contains("an.nguyen@example.vn");
	}

	@Test
	void aSpecialistMayNeitherSeeThePageNorCallTheApi() {
		assertThat(mvc.get().uri("/admin/audit").with(SPECIALIST)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/api/v1/audit/entries").with(SPECIALIST)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/api/v1/audit/verification").with(SPECIALIST)).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void anAnonymousCallerMustSignIn() {
		assertThat(mvc.get().uri("/api/v1/audit/entries")).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(mvc.get().uri("/api/v1/audit/verification")).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(mvc.get().uri("/admin/audit").accept(MediaType.TEXT_HTML)).hasStatus3xxRedirection()
			.redirectedUrl().endsWith("/login");
	}

	@Test
	void theApiListsFilteredEntriesAndVerifiesTheChain() {
		String recordType = twoEntriesOfANewRecordType();

		assertThat(mvc.get().uri("/api/v1/audit/entries").param("recordType", recordType).param("size", "1").with(ADMIN))
			.hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.totalElements").isEqualTo(2);
				assertThat(json).extractingPath("$.totalExact").isEqualTo(true);
				assertThat(json).extractingPath("$.hasNext").isEqualTo(true);
				assertThat(json).extractingPath("$.content[0].recordId").isEqualTo("r-2");
				assertThat(json).extractingPath("$.content[0].hash").asString().hasSize(64);
				assertThat(json).doesNotHavePath("$.content[0].intact");
			});
		assertThat(mvc.get().uri("/api/v1/audit/verification").with(ADMIN))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.valid")
			.isEqualTo(true);
	}

	@Test
	void theApiRefusesAPageTooLarge() {
		assertThat(mvc.get().uri("/api/v1/audit/entries").param("size", "1000").with(ADMIN))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("size từ 1 đến 200");
	}
}
