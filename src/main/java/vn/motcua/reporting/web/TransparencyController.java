package vn.motcua.reporting.web;

import java.security.Principal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

import vn.motcua.organization.Agency;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.reporting.ProcedureHandlingReport;
import vn.motcua.reporting.ReportPeriod;
import vn.motcua.reporting.ReportRow;
import vn.motcua.reporting.ReportingManagement;
import vn.motcua.shared.VietnamTime;

/**
 * The public transparency dashboard: per sector, for the statutory year so far and for a chosen
 * period, what Biểu 06 counts (the same figures, at most {@link DashboardFigures}' cache time old), as
 * shares and averages; nothing about any person.
 */
@Controller
class TransparencyController {

	private final DashboardFigures figures;
	private final DashboardPages pages;
	private final OrganizationManagement organization;
	private final ViewResolver views;
	private final Clock clock;

	TransparencyController(DashboardFigures figures, DashboardPages pages, OrganizationManagement organization,
			@Qualifier("thymeleafViewResolver") ViewResolver views, Clock clock) {
		this.figures = figures;
		this.pages = pages;
		this.organization = organization;
		this.views = views;
		this.clock = clock;
	}

	/** A visitor who is not signed in may get the page another such visitor made ({@link DashboardPages}). */
	@GetMapping("/transparency")
	ModelAndView dashboard(@ModelAttribute("query") PeriodQuery query, Model model, Locale locale,
			@Nullable Principal user, HttpServletRequest request) throws Exception {
		LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
		DashboardPages.Key key = user == null && HttpMethod.GET.matches(request.getMethod())
				? new DashboardPages.Key(request.getQueryString(), locale, today) : null;
		Optional<View> kept = key == null ? Optional.empty() : pages.kept(key);
		if (kept.isPresent()) {
			return new ModelAndView(kept.get());
		}
		List<Agency> agencies = organization.agencies();
		List<String> chosen = query.agency() == null || query.agency().isBlank()
				? agencies.stream().map(Agency::code).toList() : List.of(query.agency().trim());
		ProcedureHandlingReport year = figures.report(chosen, ReportPeriod.yearOf(today), locale);
		ProcedureHandlingReport period = figures.report(chosen, query.periodOrCurrentMonth(today, model), locale);
		model.addAttribute("agencies", agencies);
		model.addAttribute("selectedAgency", chosen.size() == 1 ? chosen.get(0) : "");
		model.addAttribute("year", year);
		model.addAttribute("period", period);
		model.addAttribute("yearSatisfaction", figures.satisfaction(chosen, year.period()));
		model.addAttribute("periodSatisfaction", figures.satisfaction(chosen, period.period()));
		model.addAttribute("allSectors", ReportingManagement.ALL_SECTORS);
		NumberFormat number = NumberFormat.getNumberInstance(locale);
		model.addAttribute("yearReceived", Bar.of(year.rows(), ReportRow::sectorName, ReportRow::received,
				row -> number.format(row.received())));
		model.addAttribute("yearOnTime", Bar.of(year.rows(), ReportRow::sectorName, TransparencyController::onTime,
				row -> percent(number, row.onTimeShare())));
		model.addAttribute("periodReceived", Bar.of(period.rows(), ReportRow::sectorName, ReportRow::received,
				row -> number.format(row.received())));
		model.addAttribute("presets", ReportPeriod.Preset.values());
		View view = Objects.requireNonNull(views.resolveViewName("reporting/transparency", locale));
		return new ModelAndView(key == null ? view : pages.keeping(view, key));
	}

	private static double onTime(ReportRow row) {
		return row.onTimeShare() == null ? 0 : row.onTimeShare();
	}

	private static String percent(NumberFormat number, @Nullable Double share) {
		return share == null ? "–" : number.format(share) + " %";
	}
}
