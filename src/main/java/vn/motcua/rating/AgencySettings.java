package vn.motcua.rating;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each agency's rating settings (table {@code rating_agency_setting}); unset means the default. */
@Repository
class AgencySettings {

	private final JdbcClient jdbc;
	private final RatingProperties properties;

	AgencySettings(JdbcClient jdbc, RatingProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	boolean asksIndicators(String agencyCode) {
		return jdbc.sql("SELECT asks_indicators FROM rating_agency_setting WHERE agency_code = ?")
			.param(agencyCode)
			.query(Boolean.class)
			.optional()
			.orElse(properties.indicatorsByDefault());
	}

	void setAsksIndicators(String agencyCode, boolean asks) {
		int updated = jdbc.sql("UPDATE rating_agency_setting SET asks_indicators = ? WHERE agency_code = ?")
			.params(asks, agencyCode)
			.update();
		if (updated == 0) {
			jdbc.sql("INSERT INTO rating_agency_setting (agency_code, asks_indicators) VALUES (?, ?)")
				.params(agencyCode, asks)
				.update();
		}
	}
}
