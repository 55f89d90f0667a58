package vn.motcua.reporting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.reporting.ProcedureHandlingReport;
import vn.motcua.reporting.ReportingManagement;
import vn.motcua.shared.VietnamTime;

/** Biểu 06 as JSON: rows per sector, the total, and the classifications chosen. */
@RestController
@Tag(name = "Reports")
class ProcedureHandlingApi {

	private final ReportingManagement reporting;
	private final ReportAccess access;
	private final Clock clock;

	ProcedureHandlingApi(ReportingManagement reporting, ReportAccess access, Clock clock) {
		this.reporting = reporting;
		this.access = access;
		this.clock = clock;
	}

	@GetMapping("/api/v1/reports/procedure-handling")
	@Operation(summary = "Biểu 06/VPCP/KSTT for an agency (default: every agency of the caller) and a period: "
			+ "from/to dates (inclusive), or preset (MONTH, QUARTER, HALF_YEAR, NINE_MONTHS, YEAR) with year and number")
	ProcedureHandlingReport report(@ModelAttribute PeriodQuery query) {
		Locale locale = LocaleContextHolder.getLocale();
		return reporting.procedureHandling(access.choose(query.agency(), ReportAccess.STATUTORY),
				query.period(LocalDate.now(clock.withZone(VietnamTime.ZONE))), locale);
	}
}
