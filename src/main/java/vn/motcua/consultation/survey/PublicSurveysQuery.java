package vn.motcua.consultation.survey;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.motcua.shared.ListPage;
import vn.motcua.shared.QueueCursor;

/**
 * The surveys on the public portal, a page at a time: opened ones, the staff's excepted, the latest
 * opening first. Only the page's rows are read, and none of their questions.
 */
@Component
class PublicSurveysQuery {

	/**
	 * The id is compared as text, in the order and the cursor alike, because PostgreSQL compares no
	 * UUID column with a text parameter and the cursor carries its code as text.
	 */
	private static final String ID = "CAST(id AS VARCHAR(36))";

	private final JdbcClient jdbc;

	PublicSurveysQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param openedBy when given, only the surveys opening on or before that day: those not yet open
	 *        are announced on the page but not offered over the API
	 */
	ListPage<SurveySummary> page(@Nullable LocalDate openedBy, @Nullable QueueCursor after, int size) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("rows", size + 1)
			.addValue("preparing", SurveyStatus.PREPARING.name()).addValue("staff", SurveyAudience.STAFF.name());
		StringBuilder matching = new StringBuilder(" FROM survey WHERE status <> :preparing AND audience <> :staff");
		if (openedBy != null) {
			matching.append(" AND opens_on <= :openedBy");
			parameters.addValue("openedBy", openedBy);
		}
		String cursor = after == null ? "" : " AND " + after.afterLocal("opens_on", ID, true, parameters);
		List<SurveySummary> read = jdbc.sql("SELECT id, agency_code, title, audience, opens_on, closes_on, status, publish_results"
				+ matching + cursor + " ORDER BY opens_on DESC, " + ID + " DESC FETCH FIRST :rows ROWS ONLY")
			.paramSource(parameters)
			.query((row, number) -> new SurveySummary(row.getObject("id", UUID.class), row.getString("agency_code"),
					row.getString("title"),
					SurveyAudience.valueOf(row.getString("audience")), row.getObject("opens_on", LocalDate.class),
					row.getObject("closes_on", LocalDate.class), SurveyStatus.valueOf(row.getString("status")),
					row.getBoolean("publish_results")))
			.list();
		long total = jdbc.sql("SELECT COUNT(*)" + matching).paramSource(parameters).query(Long.class).single();
		return ListPage.cut(read, size,
				last -> new QueueCursor(last.opensOn().atStartOfDay(), last.id().toString()), total);
	}
}
