package vn.motcua.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import vn.motcua.reporting.ProcedureHandlingReport;
import vn.motcua.reporting.ReportPeriod;
import vn.motcua.reporting.ReportingManagement;

/** The public dashboard computes a period's figures once per cache time, per agencies, period and language. */
@Tag("rule")
class DashboardFiguresTests {

	static final Locale VI = Locale.forLanguageTag("vi");
	static final ReportPeriod MONTH = new ReportPeriod(LocalDate.of(2026, 10, 15), LocalDate.of(2026, 11, 14));
	static final List<String> AGENCIES = List.of("000.00.31.H55");

	final ReportingManagement reporting = mock(ReportingManagement.class);
	final AtomicLong nanos = new AtomicLong();

	@Test
	void keepsTheFiguresForTheCacheTimeThenComputesThemAgain() {
		ProcedureHandlingReport first = mock(ProcedureHandlingReport.class);
		ProcedureHandlingReport second = mock(ProcedureHandlingReport.class);
		when(reporting.procedureHandling(AGENCIES, MONTH, VI)).thenReturn(first, second);
		DashboardFigures figures = new DashboardFigures(reporting, Duration.ofMinutes(1), nanos::get);

		assertThat(figures.report(AGENCIES, MONTH, VI)).isSameAs(first);
		nanos.addAndGet(Duration.ofSeconds(59).toNanos());
		assertThat(figures.report(AGENCIES, MONTH, VI)).isSameAs(first);
		nanos.addAndGet(Duration.ofSeconds(2).toNanos());
		assertThat(figures.report(AGENCIES, MONTH, VI)).isSameAs(second);
		verify(reporting, times(2)).procedureHandling(AGENCIES, MONTH, VI);
	}

	@Test
	void anotherPeriodAgencyOrLanguageIsComputedOnItsOwn() {
		when(reporting.procedureHandling(any(), any(), any())).thenAnswer(call -> mock(ProcedureHandlingReport.class));
		DashboardFigures figures = new DashboardFigures(reporting, Duration.ofMinutes(1), nanos::get);
		ReportPeriod year = ReportPeriod.yearOf(LocalDate.of(2026, 11, 14));

		figures.report(AGENCIES, MONTH, VI);
		figures.report(AGENCIES, year, VI);
		figures.report(List.of("000.00.32.H55"), MONTH, VI);
		figures.report(AGENCIES, MONTH, Locale.ENGLISH);
		figures.report(AGENCIES, MONTH, VI);
		verify(reporting, times(1)).procedureHandling(eq(AGENCIES), eq(MONTH), eq(VI));
		verify(reporting, times(4)).procedureHandling(any(), any(), any());
	}

	@Test
	void zeroComputesForEveryRequest() {
		when(reporting.procedureHandling(any(), any(), any())).thenAnswer(call -> mock(ProcedureHandlingReport.class));
		DashboardFigures figures = new DashboardFigures(reporting, Duration.ZERO, nanos::get);
		figures.report(AGENCIES, MONTH, VI);
		figures.report(AGENCIES, MONTH, VI);
		verify(reporting, times(2)).procedureHandling(AGENCIES, MONTH, VI);
	}
}
