package vn.motcua.reporting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.reporting.CellDossier;
import vn.motcua.reporting.ProcedureHandlingReport;
import vn.motcua.reporting.ReportCell;
import vn.motcua.reporting.ReportPeriod;
import vn.motcua.reporting.ReportingManagement;
import vn.motcua.shared.ListPage;
import vn.motcua.shared.NextPageLink;
import vn.motcua.shared.QueueCursor;
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

	@GetMapping("/api/v1/reports/procedure-handling/cell")
	@Operation(summary = "The dossiers behind one figure of Biểu 06 (no applicant data), by time received, a page "
			+ "at a time", description = "cell: the figure's column; sector: the row's sector code (the total's "
					+ "when absent); the period as for the report; size: dossiers a page, 1 to 200 (50 when not "
					+ "given); after: where the page starts, as given by the Link header (rel=\"next\") of the "
					+ "page before, which is absent on the last")
	ResponseEntity<List<CellDossier>> cell(@ModelAttribute PeriodQuery query, @RequestParam ReportCell cell,
			@RequestParam(required = false) @Nullable String sector,
			@RequestParam(defaultValue = "" + ListPage.DEFAULT_SIZE) int size,
			@RequestParam(required = false) @Nullable String after) {
		ReportPeriod period = query.period(LocalDate.now(clock.withZone(VietnamTime.ZONE)));
		String sectorCode = sector == null || sector.isBlank() ? null : sector;
		ListPage<CellDossier> page = reporting.cell(access.choose(query.agency(), ReportAccess.STATUTORY), period, cell,
				sectorCode, QueueCursor.parse(after), size);
		return NextPageLink.ok(page.next(), next -> next
			.queryParamIfPresent("agency", Optional.ofNullable(query.agency()))
			.queryParam("from", period.from())
			.queryParam("to", period.to())
			.queryParam("cell", cell)
			.queryParamIfPresent("sector", Optional.ofNullable(sectorCode))
			.queryParam("size", size))
			.body(page.items());
	}
}
