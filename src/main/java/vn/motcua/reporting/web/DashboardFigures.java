package vn.motcua.reporting.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.motcua.reporting.ProcedureHandlingReport;
import vn.motcua.reporting.ReportPeriod;
import vn.motcua.reporting.ReportingManagement;

/**
 * The public dashboard's figures, kept for a configured time ({@code motcua.reporting.public-dashboard.cache-for},
 * one minute by default; zero computes them for every request). The page is public and anyone may
 * reload it, while each computation reads every dossier of the period: at a million stored dossiers
 * the uncached page answered about 35 requests a second on two cores.
 */
@Component
class DashboardFigures {

	/** Different periods a visitor may choose; beyond this the least used are dropped. */
	private static final int MOST_KEPT = 500;

	private final ReportingManagement reporting;
	private final Cache<Key, ProcedureHandlingReport> reports;
	private final Cache<Key, Map<String, ReportingManagement.Satisfaction>> satisfaction;

	@Autowired
	DashboardFigures(ReportingManagement reporting,
			@Value("${motcua.reporting.public-dashboard.cache-for:PT1M}") Duration cacheFor) {
		this(reporting, cacheFor, Ticker.systemTicker());
	}

	DashboardFigures(ReportingManagement reporting, Duration cacheFor, Ticker ticker) {
		this.reporting = reporting;
		this.reports = Caffeine.newBuilder().expireAfterWrite(cacheFor).maximumSize(MOST_KEPT).ticker(ticker).build();
		this.satisfaction = Caffeine.newBuilder().expireAfterWrite(cacheFor).maximumSize(MOST_KEPT).ticker(ticker)
			.build();
	}

	ProcedureHandlingReport report(List<String> agencies, ReportPeriod period, Locale locale) {
		return reports.get(new Key(List.copyOf(agencies), period, locale),
				key -> reporting.procedureHandling(key.agencies(), key.period(), key.locale()));
	}

	Map<String, ReportingManagement.Satisfaction> satisfaction(List<String> agencies, ReportPeriod period) {
		return satisfaction.get(new Key(List.copyOf(agencies), period, Locale.ROOT),
				key -> reporting.satisfactionBySector(key.agencies(), key.period()));
	}

	private record Key(List<String> agencies, ReportPeriod period, Locale locale) {
	}
}
