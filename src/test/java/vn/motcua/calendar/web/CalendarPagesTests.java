package vn.motcua.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.calendar.CalendarManagement;
import vn.motcua.calendar.CalendarOverride;
import vn.motcua.calendar.OverrideKind;
import vn.motcua.testing.WebTest;

/** The public month view and the administrators' override page, with their access rules. */
@WebTest
class CalendarPagesTests {

	private static final RequestPostProcessor ADMIN = user("admin").roles("ADMINISTRATOR");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CalendarManagement management;

	@Test
	void showsAMonthWithLunarDatesDaysOffAndNavigation() {
		MvcTestResult page = mvc.get().uri("/calendar?month=2026-02").exchange();

		assertThat(page).hasStatusOk().bodyText()
			.contains("Lịch làm việc tháng 2/2026")
			.contains("<th scope=\"col\">Thứ Hai</th>")
			.contains("<time class=\"month-solar\" datetime=\"2026-02-17\">17</time>")
			.contains("Tết Nguyên đán")
			.contains("href=\"/calendar?month=2026-01\"")
			.contains("href=\"/calendar?month=2026-03\"")
			.contains("07:30–11:30 và 13:00–17:00");
		// lunar 1/1 is on 17 February, and the visible mark of a day off comes with words
		assertThat(page).bodyText().containsPattern("datetime=\"2026-02-17\">17</time>\\s*<span class=\"month-lunar\">"
				+ "\\s*<span class=\"visually-hidden\">Âm lịch:</span>\\s*<span>1/1</span>");
		assertThat(page).bodyText().contains("<span class=\"visually-hidden\">Ngày nghỉ:</span>");
	}

	@Test
	void showsTheMonthInEnglish() {
		assertThat(mvc.get().uri("/calendar?month=2027-02&lang=en")).hasStatusOk().bodyText()
			.contains("Working calendar, 2/2027")
			.contains("Compensatory day off for Lunar New Year (Tết)");
	}

	@Test
	void showsTheFirstAndLastMonthsWithoutLinksBeyond() {
		assertThat(mvc.get().uri("/calendar?month=1900-01")).hasStatusOk().bodyText()
			.doesNotContain("month=1899-12")
			.contains("href=\"/calendar?month=1900-02\"");
		assertThat(mvc.get().uri("/calendar?month=2199-12")).hasStatusOk().bodyText()
			.doesNotContain("month=2200-01");
	}

	@Test
	void refusesAMalformedOrOutOfRangeMonth() {
		assertThat(mvc.get().uri("/calendar?month=2026-13")).hasStatus(400);
		assertThat(mvc.get().uri("/calendar?month=2200-01")).hasStatus(400);
		assertThat(mvc.get().uri("/calendar?agency=999.99.99.X00")).hasStatus(400);
	}

	@Test
	void theOverridePageIsForAdministratorsOnly() {
		assertThat(mvc.get().uri("/admin/calendar/overrides").accept(MediaType.TEXT_HTML)).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/admin/calendar/overrides").with(user("specialist").roles("SPECIALIST")))
			.hasStatus(403);
		assertThat(mvc.get().uri("/admin/calendar/overrides?year=2026").with(ADMIN)).hasStatusOk().bodyText()
			.contains("Điều chỉnh lịch làm việc năm 2026")
			.contains("name=\"_csrf\"");
	}

	@Test
	void refusesAChangeWithoutTheCsrfToken() {
		LocalDate date = aFarDate();

		assertThat(mvc.post().uri("/admin/calendar/overrides").with(ADMIN)
			.param("date", date.toString()).param("name", "Nghỉ").param("kind", "DAY_OFF")).hasStatus(403);
		assertThat(management.overrides(date.getYear())).extracting(CalendarOverride::onDate).doesNotContain(date);
	}

	@Test
	void refusesAChangeByANonAdministrator() {
		LocalDate date = aFarDate();

		assertThat(mvc.post().uri("/admin/calendar/overrides").with(user("desk").roles("RECEPTION_OFFICER")).with(csrf())
			.param("date", date.toString()).param("name", "Nghỉ").param("kind", "DAY_OFF")).hasStatus(403);
		assertThat(management.overrides(date.getYear())).extracting(CalendarOverride::onDate).doesNotContain(date);
	}

	@Test
	void addsAndRemovesAnOverride() {
		LocalDate date = aFarDate();

		assertThat(mvc.post().uri("/admin/calendar/overrides").with(ADMIN).with(csrf())
			.param("date", date.toString()).param("name", "Nghỉ cầu thử").param("kind", "DAY_OFF").param("agencyId", ""))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl("/admin/calendar/overrides?year=" + date.getYear());
		CalendarOverride added = management.overrides(date.getYear()).stream()
			.filter(override -> override.onDate().equals(date))
			.findFirst()
			.orElseThrow();
		assertThat(added.agencyId()).isNull();
		assertThat(mvc.get().uri("/admin/calendar/overrides?year=" + date.getYear()).with(ADMIN)).bodyText()
			.contains("Nghỉ cầu thử");

		assertThat(mvc.post().uri("/admin/calendar/overrides/{id}/delete", added.id()).with(ADMIN).with(csrf())
			.param("year", String.valueOf(date.getYear()))).hasStatus3xxRedirection();
		assertThat(management.overrides(date.getYear())).extracting(CalendarOverride::onDate).doesNotContain(date);
	}

	@Test
	void explainsWhatIsWrongWithTheForm() {
		assertThat(mvc.post().uri("/admin/calendar/overrides").with(ADMIN).with(csrf())
			.param("date", "").param("name", " ").param("kind", "DAY_OFF"))
			.hasStatusOk()
			.bodyText()
			.contains("Vui lòng chọn ngày.")
			.contains("Vui lòng nhập tên ngày.")
			.contains("aria-invalid=\"true\"")
			.contains("aria-describedby=\"name-hint name-error\"");
		assertThat(mvc.post().uri("/admin/calendar/overrides").with(ADMIN).with(csrf())
			.param("date", "1850-01-01").param("name", "Xưa").param("kind", "DAY_OFF"))
			.hasStatusOk()
			.bodyText()
			.contains("Năm phải nằm trong khoảng 1900 – 2199.");
	}

	@Test
	void refusesASecondOverrideOfTheSameDay() {
		LocalDate date = aFarDate();
		CalendarOverride first = management.addOverride(date, "Lần đầu",
				OverrideKind.DAY_OFF, null);
		try {
			assertThat(mvc.post().uri("/admin/calendar/overrides").with(ADMIN).with(csrf())
				.param("date", date.toString()).param("name", "Lần hai").param("kind", "WORKING_DAY"))
				.hasStatusOk()
				.bodyText()
				.contains("đã có một điều chỉnh cho phạm vi này");
		}
		finally {
			management.removeOverride(first.id());
		}
	}

	/** A date of a far year that no other test computes with. */
	private static LocalDate aFarDate() {
		return LocalDate.of(ThreadLocalRandom.current().nextInt(2150, 2199), 1, 1)
			.plusDays(ThreadLocalRandom.current().nextInt(0, 365));
	}
}
