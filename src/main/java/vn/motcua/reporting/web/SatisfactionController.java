package vn.motcua.reporting.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import vn.motcua.organization.Agency;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.rating.Grouping;
import vn.motcua.rating.SatisfactionReport;
import vn.motcua.reporting.ReportPeriod;
import vn.motcua.reporting.ReportingManagement;
import vn.motcua.shared.VietnamTime;

/** The satisfaction report and the service index for officers, with the satisfaction report's exports. */
@Controller
class SatisfactionController {

	/** The groupings offered on the page (the rating module also counts per month and quarter). */
	static final Grouping[] GROUPINGS = { Grouping.SECTOR, Grouping.PROCEDURE, Grouping.UNIT, Grouping.OFFICER };

	private final ReportingManagement reporting;
	private final ReportAccess access;
	private final OrganizationManagement organization;
	private final ReportExports exports;
	private final Clock clock;

	SatisfactionController(ReportingManagement reporting, ReportAccess access, OrganizationManagement organization,
			ReportExports exports, Clock clock) {
		this.reporting = reporting;
		this.access = access;
		this.organization = organization;
		this.exports = exports;
		this.clock = clock;
	}

	@GetMapping("/reports/satisfaction")
	String page(@ModelAttribute("query") PeriodQuery query, @RequestParam(required = false) @Nullable Grouping by,
			Model model, Locale locale) {
		String agency = access.one(query.agency(), ReportAccess.SATISFACTION);
		SatisfactionReport report = reporting.satisfaction(agency, query.period(today()), by == null ? Grouping.SECTOR : by);
		model.addAttribute("report", report);
		model.addAttribute("table", exports.satisfactionTable(report, locale));
		model.addAttribute("agencies", access.agencies(ReportAccess.SATISFACTION));
		model.addAttribute("selectedAgency", agency);
		model.addAttribute("agencyName", name(agency));
		model.addAttribute("groupings", GROUPINGS);
		model.addAttribute("presets", ReportPeriod.Preset.values());
		return "reporting/satisfaction";
	}

	@GetMapping(path = "/reports/satisfaction", params = "format=csv")
	ResponseEntity<byte[]> csv(@ModelAttribute("query") PeriodQuery query,
			@RequestParam(required = false) @Nullable Grouping by, Locale locale) {
		String agency = access.one(query.agency(), ReportAccess.SATISFACTION);
		SatisfactionReport report = reporting.satisfaction(agency, query.period(today()), by == null ? Grouping.SECTOR : by);
		return download(exports.satisfactionCsv(report, locale).getBytes(StandardCharsets.UTF_8), "csv",
				new MediaType("text", "csv", StandardCharsets.UTF_8));
	}

	@GetMapping(path = "/reports/satisfaction", params = "format=xlsx")
	ResponseEntity<byte[]> excel(@ModelAttribute("query") PeriodQuery query,
			@RequestParam(required = false) @Nullable Grouping by, Locale locale) {
		String agency = access.one(query.agency(), ReportAccess.SATISFACTION);
		SatisfactionReport report = reporting.satisfaction(agency, query.period(today()), by == null ? Grouping.SECTOR : by);
		return download(exports.satisfactionXlsx(report, name(agency), locale), "xlsx",
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
	}

	@GetMapping("/reports/service-index")
	String serviceIndex(@ModelAttribute("query") PeriodQuery query, Model model, Locale locale) {
		String agency = access.one(query.agency(), ReportAccess.LEADERS);
		model.addAttribute("index", reporting.serviceIndex(agency, query.period(today()), locale));
		model.addAttribute("agencies", access.agencies(ReportAccess.LEADERS));
		model.addAttribute("selectedAgency", agency);
		model.addAttribute("agencyName", name(agency));
		model.addAttribute("presets", ReportPeriod.Preset.values());
		return "reporting/service-index";
	}

	private String name(String agency) {
		return organization.agencyByCode(agency).map(Agency::name).orElse(agency);
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(VietnamTime.ZONE));
	}

	private static ResponseEntity<byte[]> download(byte[] body, String extension, MediaType type) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("muc-do-hai-long." + extension).build().toString())
			.contentType(type)
			.body(body);
	}
}
