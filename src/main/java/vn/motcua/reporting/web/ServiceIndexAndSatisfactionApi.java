package vn.motcua.reporting.web;

import java.time.Clock;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.rating.Grouping;
import vn.motcua.rating.SatisfactionReport;
import vn.motcua.reporting.ReportingManagement;
import vn.motcua.reporting.ServiceIndex;
import vn.motcua.shared.VietnamTime;

/** The satisfaction report and the service index (Decision 766) as JSON. */
@RestController
@Tag(name = "Reports")
class ServiceIndexAndSatisfactionApi {

	private final ReportingManagement reporting;
	private final ReportAccess access;
	private final Clock clock;

	ServiceIndexAndSatisfactionApi(ReportingManagement reporting, ReportAccess access, Clock clock) {
		this.reporting = reporting;
		this.access = access;
		this.clock = clock;
	}

	@GetMapping("/api/v1/reports/satisfaction")
	@Operation(summary = "Satisfaction of the ratings given in a period, per SECTOR (default), PROCEDURE, UNIT, "
			+ "OFFICER, MONTH or QUARTER, for one agency of the caller's")
	SatisfactionReport satisfaction(@ModelAttribute PeriodQuery query, @RequestParam(required = false) @Nullable Grouping by) {
		return reporting.satisfaction(access.one(query.agency(), ReportAccess.SATISFACTION), query.period(today()),
				by == null ? Grouping.SECTOR : by);
	}

	@GetMapping("/api/v1/reports/service-index")
	@Operation(summary = "The service index of Decision 766 for one agency of the caller's and a period: groups, "
			+ "sub-criteria (MEASURED or NOT_MEASURABLE with the reason), numerators, denominators, ratios, targets, "
			+ "points, and the version of the weights used")
	ServiceIndex serviceIndex(@ModelAttribute PeriodQuery query) {
		return reporting.serviceIndex(access.one(query.agency(), ReportAccess.LEADERS), query.period(today()),
				LocaleContextHolder.getLocale());
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(VietnamTime.ZONE));
	}
}
