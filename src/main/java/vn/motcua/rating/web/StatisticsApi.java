package vn.motcua.rating.web;

import java.time.Clock;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.identity.Role;
import vn.motcua.rating.Grouping;
import vn.motcua.rating.RatingManagement;
import vn.motcua.rating.RatingSource;
import vn.motcua.rating.SatisfactionQuery;
import vn.motcua.rating.SatisfactionReport;

/** Satisfaction statistics of the leader's agency, and whether it asks for the nine indicators. */
@RestController
@Tag(name = "Ratings")
class StatisticsApi {

	private final RatingManagement ratings;
	private final OfficerAgencies agencies;
	private final Clock clock;

	StatisticsApi(RatingManagement ratings, OfficerAgencies agencies, Clock clock) {
		this.ratings = ratings;
		this.agencies = agencies;
		this.clock = clock;
	}

	@GetMapping("/api/v1/ratings/statistics")
	@Operation(summary = "Satisfaction per officer, unit, procedure, sector, month or quarter, in a period "
			+ "(the statutory reporting month that holds today, 15th to 14th, as the reports, unless given)")
	SatisfactionReport statistics(@RequestParam(defaultValue = "AGENCY") Grouping by,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable RatingSource source) {
		return ratings.satisfaction(SatisfactionQuery.orCurrentMonth(agencies.first(Role.AGENCY_LEADER, Role.UNIT_HEAD),
				from, to, LocalDate.now(clock), by, source));
	}

	record Settings(boolean asksIndicators) {
	}

	@PutMapping("/api/v1/ratings/settings")
	@Operation(summary = "Whether the leader's agency asks applicants for the nine indicators of Decree 61")
	Settings settings(@RequestBody Settings settings) {
		String agency = agencies.first(Role.AGENCY_LEADER);
		ratings.setAsksIndicators(agency, settings.asksIndicators());
		return new Settings(ratings.asksIndicators(agency));
	}
}
