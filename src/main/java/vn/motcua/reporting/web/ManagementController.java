package vn.motcua.reporting.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.motcua.organization.Officer;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.Unit;
import vn.motcua.reporting.CellDossier;
import vn.motcua.reporting.ReportingManagement;
import vn.motcua.reporting.ReportingManagement.MonthTrend;
import vn.motcua.reporting.ReportingManagement.OpenWork;
import vn.motcua.shared.ExportSlots;
import vn.motcua.shared.ListPage;
import vn.motcua.shared.PageLinks;
import vn.motcua.shared.QueueCursor;
import vn.motcua.shared.VietnamTime;

/** The leaders' dashboard: where open dossiers are overdue or due soon, by unit and officer, and the monthly trend. */
@Controller
class ManagementController {

	/** A step due within this many hours counts as due soon. */
	static final int DUE_SOON_HOURS = 24;
	static final int TREND_MONTHS = 12;

	private final ReportingManagement reporting;
	private final ReportAccess access;
	private final OrganizationManagement organization;
	private final MessageSource messages;
	private final CellExport lateExport;
	private final ExportSlots exports;
	private final java.time.Clock clock;

	ManagementController(ReportingManagement reporting, ReportAccess access, OrganizationManagement organization,
			MessageSource messages, CellExport lateExport, ExportSlots exports, java.time.Clock clock) {
		this.reporting = reporting;
		this.access = access;
		this.organization = organization;
		this.messages = messages;
		this.lateExport = lateExport;
		this.exports = exports;
		this.clock = clock;
	}

	/** One line of open work with the unit's and the holder's names. */
	record WorkLine(String unit, String holder, long overdue, long dueSoon, long open) {
	}

	@GetMapping("/reports/management")
	String dashboard(@RequestParam(required = false) @Nullable String agency,
			@RequestParam(required = false) @Nullable String after, Model model, Locale locale) {
		List<String> agencies = access.choose(agency, ReportAccess.LEADERS);
		List<OpenWork> work = reporting.openWork(agencies, DUE_SOON_HOURS);
		// the units' and holders' names in two statements, however many lines
		Map<UUID, String> units = organization.unitsById(work.stream().map(OpenWork::unitId).filter(Objects::nonNull)
			.collect(Collectors.toSet())).stream().collect(Collectors.toMap(Unit::id, Unit::name));
		Map<UUID, String> holders = organization.officersOfAccounts(work.stream().map(OpenWork::holderAccountId)
			.filter(Objects::nonNull).collect(Collectors.toSet())).stream()
			.collect(Collectors.toMap(Officer::accountId, Officer::fullName));
		String unknown = messages.getMessage("reporting.unknown", null, locale);
		List<WorkLine> lines = work.stream()
			.map(line -> new WorkLine(line.unitId() == null ? unknown : units.getOrDefault(line.unitId(), unknown),
					holder(line, holders, unknown, locale), line.overdue(), line.dueSoon(), line.open()))
			.toList();
		List<MonthTrend> trends = reporting.trends(agencies, TREND_MONTHS);
		model.addAttribute("agencies", access.agencies(ReportAccess.LEADERS));
		model.addAttribute("selectedAgency", agencies.size() == 1 ? agencies.get(0) : "");
		model.addAttribute("lines", lines);
		ListPage<CellDossier> late = reporting.overdueAndDueSoon(agencies, DUE_SOON_HOURS,
				QueueCursor.parse(after), ListPage.DEFAULT_SIZE);
		model.addAttribute("dossiers", late);
		PageLinks.addTo(model, late.next(), after);
		model.addAttribute("dueSoonHours", DUE_SOON_HOURS);
		model.addAttribute("trends", trends);
		model.addAttribute("trendBars", Bar.of(trends, MonthTrend::month, MonthTrend::received,
				trend -> String.valueOf(trend.received())));
		// the service index of the statutory year so far, for the first agency shown (the index is per agency)
		if (!agencies.isEmpty()) {
			model.addAttribute("index", reporting.serviceIndex(agencies.get(0), vn.motcua.reporting.ReportPeriod
				.yearOf(LocalDate.now(clock.withZone(VietnamTime.ZONE))), locale));
		}
		return "reporting/management";
	}

	/** Every dossier of the late list as CSV, the soonest due first, written as read. */
	@GetMapping("/reports/management/late.csv")
	void lateCsv(@RequestParam(required = false) @Nullable String agency, Locale locale, HttpServletResponse response)
			throws IOException {
		Consumer<Consumer<CellDossier>> late = late(agency);
		exports.write(() -> {
			response.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8).toString());
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(lateFileName("csv")).build().toString());
			lateExport.csv(late, locale, response.getWriter());
		});
	}

	/** The late list's twin as an Excel workbook, the same lines and columns, the times as dates. */
	@GetMapping("/reports/management/late.xlsx")
	void lateXlsx(@RequestParam(required = false) @Nullable String agency, Locale locale,
			HttpServletResponse response) throws IOException {
		Consumer<Consumer<CellDossier>> late = late(agency);
		exports.write(() -> lateExport.xlsx(late, messages.getMessage("reporting.management.sheet", null, locale),
				locale, response, lateFileName("xlsx")));
	}

	/** Reads the late list of the agencies the leader chose; a choice the leader may not make is refused at once. */
	private Consumer<Consumer<CellDossier>> late(@Nullable String agency) {
		List<String> agencies = access.choose(agency, ReportAccess.LEADERS);
		return each -> reporting.eachOverdueAndDueSoon(agencies, DUE_SOON_HOURS, each);
	}

	private String lateFileName(String extension) {
		return "ho-so-qua-han-sap-den-han-" + LocalDate.now(clock.withZone(VietnamTime.ZONE)) + "." + extension;
	}

	private String holder(OpenWork work, Map<UUID, String> holders, String unknown, Locale locale) {
		if (work.holderAccountId() != null) {
			return holders.getOrDefault(work.holderAccountId(), unknown);
		}
		String role = work.role() == null ? "" : messages.getMessage("identity.role." + work.role(), null, work.role(),
				locale);
		return messages.getMessage("reporting.management.any-holder", new Object[] { role }, locale);
	}

}
