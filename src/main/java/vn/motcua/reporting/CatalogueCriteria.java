package vn.motcua.reporting;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.catalog.CatalogManagement;
import vn.motcua.catalog.ProcedureVersion;

/**
 * The service index sub-criteria measured on an agency's procedure catalogue (legal-rules §5): 1.1
 * procedures announced on time, 1.3 procedures published in full, 3.1 procedures offered online.
 */
@Component
class CatalogueCriteria {

	private final CatalogManagement catalog;
	private final WorkingCalendar calendar;

	CatalogueCriteria(CatalogManagement catalog, WorkingCalendar calendar) {
		this.catalog = catalog;
		this.calendar = calendar;
	}

	/** The three ratios; {@code leadWorkingDays} is how long before its effective date a version must be announced. */
	Ratios measure(String agencyCode, ReportPeriod period, int leadWorkingDays) {
		List<ProcedureVersion> versions = catalog.announcedVersions(agencyCode);
		long announced = 0;
		long onTime = 0;
		Map<String, ProcedureVersion> latestByProcedure = new HashMap<>();
		for (ProcedureVersion version : versions) {
			LocalDate decided = version.decision().date();
			if (!decided.isBefore(period.from()) && !decided.isAfter(period.to())) {
				announced++;
				// the nationwide calendar: the announcing body is the province, not the agency
				if (calendar.workingDaysBetween(decided, version.effectiveFrom(), null) >= leadWorkingDays) {
					onTime++;
				}
			}
			if (!version.effectiveFrom().isAfter(period.to())) {
				latestByProcedure.merge(version.procedureCode(), version,
						(one, other) -> one.number() >= other.number() ? one : other);
			}
		}
		List<ProcedureVersion> inForce = latestByProcedure.values().stream()
			.filter(version -> !version.isAbolition())
			.toList();
		long inFull = inForce.stream().filter(version -> version.content().publishesEveryComponent()).count();
		long online = inForce.stream().filter(version -> version.content().offersOnlineSubmission()).count();
		return new Ratios(new IndexRatio(onTime, announced), new IndexRatio(inFull, inForce.size()),
				new IndexRatio(online, inForce.size()));
	}

	/**
	 * @param announcedOnTime 1.1: versions announced in the period, and those announced early enough
	 * @param publishedInFull 1.3: procedures in force on the period's last day, and those with all components
	 * @param offeredOnline 3.1: the same procedures, and those offered online in full or in part
	 */
	record Ratios(IndexRatio announcedOnTime, IndexRatio publishedInFull, IndexRatio offeredOnline) {
	}
}
