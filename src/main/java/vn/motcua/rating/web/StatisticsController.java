package vn.motcua.rating.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.Role;
import vn.motcua.rating.Grouping;
import vn.motcua.rating.RatingManagement;
import vn.motcua.rating.RatingScale;
import vn.motcua.rating.SatisfactionQuery;

/** The leaders' page: satisfaction of their agency's applicants per group and period. */
@Controller
class StatisticsController {

	private final RatingManagement ratings;
	private final RatingScale scale;
	private final OfficerAgencies agencies;
	private final AccountManagement accounts;
	private final Clock clock;

	StatisticsController(RatingManagement ratings, RatingScale scale, OfficerAgencies agencies,
			AccountManagement accounts, Clock clock) {
		this.ratings = ratings;
		this.scale = scale;
		this.agencies = agencies;
		this.accounts = accounts;
		this.clock = clock;
	}

	@GetMapping("/ratings/statistics")
	String statistics(@RequestParam(defaultValue = "OFFICER") Grouping by,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			Model model) {
		LocalDate today = LocalDate.now(clock);
		String agency = agencies.first(Role.AGENCY_LEADER, Role.UNIT_HEAD);
		// a period ending before it starts is explained beside its end, over the default period, not
		// silently replaced by another
		boolean misordered = from != null && to != null && to.isBefore(from);
		if (misordered) {
			model.addAttribute("periodError", SatisfactionQuery.misordered(from, to));
			model.addAttribute("typedFrom", from);
			model.addAttribute("typedTo", to);
		}
		SatisfactionQuery query = misordered ? SatisfactionQuery.orCurrentMonth(agency, null, null, today, by, null)
				: SatisfactionQuery.orCurrentMonth(agency, from, to, today, by, null);
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("report", ratings.satisfaction(query));
		model.addAttribute("levels", scale.levels().stream()
			.map(level -> new MyRatingController.LevelOption(level.code(), scale.label(level.code(), locale))).toList());
		model.addAttribute("groupings", Grouping.values());
		model.addAttribute("asksIndicators", ratings.asksIndicators(agency));
		model.addAttribute("leader", accounts.currentUser().orElseThrow().hasRole(Role.AGENCY_LEADER));
		return "rating/statistics";
	}

	@PostMapping("/ratings/settings")
	String settings(@RequestParam(defaultValue = "false") boolean asksIndicators) {
		ratings.setAsksIndicators(agencies.first(Role.AGENCY_LEADER), asksIndicators);
		return "redirect:/ratings/statistics?saved";
	}
}
