package vn.motcua.reporting.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.motcua.catalog.CatalogManagement;
import vn.motcua.catalog.Sector;
import vn.motcua.organization.Agency;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.reporting.CellDossier;
import vn.motcua.reporting.ProcedureHandlingReport;
import vn.motcua.reporting.ReportCell;
import vn.motcua.reporting.ReportPeriod;
import vn.motcua.reporting.ReportingManagement;
import vn.motcua.shared.ExportSlots;
import vn.motcua.shared.ListPage;
import vn.motcua.shared.PageLinks;
import vn.motcua.shared.QueueCursor;
import vn.motcua.shared.VietnamTime;

/** Biểu 06 for officers: the page with a link behind every figure, its drill-down, and its exports. */
@Controller
@RequestMapping("/reports/procedure-handling")
class ProcedureHandlingController {

	private final ReportingManagement reporting;
	private final ReportAccess access;
	private final OrganizationManagement organization;
	private final CatalogManagement catalog;
	private final ReportExports reportExports;
	private final CellExport cellExport;
	private final ExportSlots exports;
	private final MessageSource messages;
	private final Clock clock;

	ProcedureHandlingController(ReportingManagement reporting, ReportAccess access,
			OrganizationManagement organization, CatalogManagement catalog, ReportExports reportExports,
			CellExport cellExport, ExportSlots exports, MessageSource messages, Clock clock) {
		this.reporting = reporting;
		this.access = access;
		this.organization = organization;
		this.catalog = catalog;
		this.reportExports = reportExports;
		this.cellExport = cellExport;
		this.exports = exports;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String page(@ModelAttribute("query") PeriodQuery query, Model model, Locale locale) {
		List<String> agencies = access.choose(query.agency(), ReportAccess.STATUTORY);
		ReportPeriod period = query.periodOrCurrentMonth(today(), model);
		model.addAttribute("report", reporting.procedureHandling(agencies, period, locale));
		model.addAttribute("presetFields", PresetFields.of(query, period));
		model.addAttribute("agencies", access.agencies(ReportAccess.STATUTORY));
		model.addAttribute("agencyNames", names(agencies));
		model.addAttribute("selectedAgency", agencies.size() == 1 ? agencies.get(0) : "");
		model.addAttribute("cells", ReportCell.values());
		model.addAttribute("presets", ReportPeriod.Preset.values());
		return "reporting/procedure-handling";
	}

	@GetMapping("/cell")
	String cell(@ModelAttribute("query") PeriodQuery query, @RequestParam ReportCell cell,
			@RequestParam(required = false) @Nullable String sector,
			@RequestParam(required = false) @Nullable String after, Model model) {
		List<String> agencies = access.choose(query.agency(), ReportAccess.STATUTORY);
		ReportPeriod period = query.period(today());
		String sectorCode = sector == null || sector.isBlank() ? null : sector;
		ListPage<CellDossier> dossiers = reporting.cell(agencies, period, cell, sectorCode,
				QueueCursor.parse(after), ListPage.DEFAULT_SIZE);
		model.addAttribute("dossiers", dossiers);
		model.addAttribute("dossierLinks", access.opensDossiersOf(agencies));
		PageLinks.addTo(model, dossiers.next(), after);
		model.addAttribute("cell", cell);
		model.addAttribute("sector", sectorCode);
		model.addAttribute("sectorName",
				sectorCode == null ? null : catalog.sector(sectorCode).map(Sector::name).orElse(sectorCode));
		model.addAttribute("period", period);
		model.addAttribute("agencyNames", names(agencies));
		model.addAttribute("selectedAgency", agencies.size() == 1 ? agencies.get(0) : "");
		return "reporting/cell";
	}

	/** The dossiers behind one figure as CSV, as many lines as the figure, written as they are read. */
	@GetMapping(value = "/cell", params = "format=csv")
	void cellCsv(@ModelAttribute("query") PeriodQuery query, @RequestParam ReportCell cell,
			@RequestParam(required = false) @Nullable String sector, Locale locale, HttpServletResponse response)
			throws IOException {
		Consumer<Consumer<CellDossier>> dossiers = inCell(query, cell, sector);
		String fileName = cellFileName(query, cell, "csv");
		exports.write(() -> {
			response.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8).toString());
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString());
			cellExport.csv(dossiers, locale, response.getWriter());
		});
	}

	/** The CSV's twin as an Excel workbook, the same lines and columns, the times as dates. */
	@GetMapping(value = "/cell", params = "format=xlsx")
	void cellXlsx(@ModelAttribute("query") PeriodQuery query, @RequestParam ReportCell cell,
			@RequestParam(required = false) @Nullable String sector, Locale locale, HttpServletResponse response)
			throws IOException {
		Consumer<Consumer<CellDossier>> dossiers = inCell(query, cell, sector);
		String fileName = cellFileName(query, cell, "xlsx");
		exports.write(() -> cellExport.xlsx(dossiers, messages.getMessage("reporting.drill.sheet", null, locale),
				locale, response, fileName));
	}

	/** Reads the dossiers behind the figure; agencies and a period the officer may not choose are refused at once. */
	private Consumer<Consumer<CellDossier>> inCell(PeriodQuery query, ReportCell cell, @Nullable String sector) {
		List<String> agencies = access.choose(query.agency(), ReportAccess.STATUTORY);
		ReportPeriod period = query.period(today());
		String sectorCode = sector == null || sector.isBlank() ? null : sector;
		return each -> reporting.eachInCell(agencies, period, cell, sectorCode, each);
	}

	private String cellFileName(PeriodQuery query, ReportCell cell, String extension) {
		ReportPeriod period = query.period(today());
		return "bieu-06-" + cell.name().toLowerCase(Locale.ROOT) + "-" + period.from() + "-" + period.to() + "."
				+ extension;
	}

	@GetMapping(params = "format=xlsx")
	ResponseEntity<byte[]> excel(@ModelAttribute("query") PeriodQuery query, Locale locale) {
		List<String> agencies = access.choose(query.agency(), ReportAccess.STATUTORY);
		ProcedureHandlingReport report = reporting.procedureHandling(agencies, query.period(today()), locale);
		return download(reportExports.xlsx(report, names(agencies), locale), "xlsx",
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
	}

	@GetMapping(params = "format=csv")
	ResponseEntity<byte[]> csv(@ModelAttribute("query") PeriodQuery query, Locale locale) {
		List<String> agencies = access.choose(query.agency(), ReportAccess.STATUTORY);
		ProcedureHandlingReport report = reporting.procedureHandling(agencies, query.period(today()), locale);
		return download(reportExports.csv(report, locale).getBytes(StandardCharsets.UTF_8), "csv",
				new MediaType("text", "csv", StandardCharsets.UTF_8));
	}

	@GetMapping(params = "format=pdf")
	ResponseEntity<byte[]> pdf(@ModelAttribute("query") PeriodQuery query, Locale locale) {
		List<String> agencies = access.choose(query.agency(), ReportAccess.STATUTORY);
		ProcedureHandlingReport report = reporting.procedureHandling(agencies, query.period(today()), locale);
		return download(reportExports.pdf(report, names(agencies), today(), locale), "pdf", MediaType.APPLICATION_PDF);
	}

	private String names(List<String> agencies) {
		return agencies.stream()
			.map(code -> organization.agencyByCode(code).map(Agency::name).orElse(code))
			.collect(Collectors.joining("; "));
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(VietnamTime.ZONE));
	}

	private static ResponseEntity<byte[]> download(byte[] body, String extension, MediaType type) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("bieu-06-vpcp-kstt." + extension).build().toString())
			.contentType(type)
			.body(body);
	}
}
