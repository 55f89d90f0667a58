package vn.motcua.consultation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.motcua.identity.CurrentUser;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.ListPage;
import vn.motcua.shared.QueueCursor;

/**
 * Lists of consultations a page at a time, latest closing date first: those still open (closing
 * today or later) come before the closed ones, with no status kept up to date by a job.
 */
@Service
public class ConsultationLists {

	private static final String SELECT = """
			SELECT c.id, c.agency_code, c.title, c.document_type, c.audience, c.status, c.opens_on, c.closes_on,
			       (SELECT COUNT(*) FROM consultation_comment m WHERE m.consultation_id = c.id) AS comments
			FROM consultation c WHERE """;

	private final JdbcClient jdbc;
	private final ConsultationOfficers officers;

	ConsultationLists(JdbcClient jdbc, ConsultationOfficers officers) {
		this.jdbc = jdbc;
		this.officers = officers;
	}

	/** The opened public consultations, for anyone. */
	public ListPage<ConsultationSummary> published(@Nullable QueueCursor after, int size) {
		return page("c.audience = 'PUBLIC' AND c.status <> 'PREPARING'", new MapSqlParameterSource(), after, size);
	}

	/** Every consultation of the officer's agency, in preparation and internal ones too. */
	public ListPage<ConsultationSummary> ofAgency(CurrentUser user, @Nullable QueueCursor after, int size) {
		UUID agencyId = officers.readableAgency(user);
		return page("c.agency_id = :agency", new MapSqlParameterSource("agency", agencyId), after, size);
	}

	private ListPage<ConsultationSummary> page(String condition, MapSqlParameterSource parameters,
			@Nullable QueueCursor after, int size) {
		if (size < 1 || size > ListPage.MAX_SIZE) {
			throw new InvalidRequestException("consultation.list.bad-size", ListPage.MAX_SIZE);
		}
		long total = jdbc.sql("SELECT COUNT(*) FROM consultation c WHERE " + condition).paramSource(parameters)
			.query(Long.class).single();
		String sql = SELECT + " " + condition;
		if (after != null) {
			// the cursor's time holds the last line's closing date, its code the last line's id
			sql += " AND (c.closes_on < :afterOn OR (c.closes_on = :afterOn AND c.id < :afterId))";
			parameters.addValue("afterOn", after.at().toLocalDate()).addValue("afterId", cursorId(after));
		}
		List<ConsultationSummary> read = jdbc.sql(sql + " ORDER BY c.closes_on DESC, c.id DESC FETCH FIRST :limit ROWS ONLY")
			.paramSource(parameters.addValue("limit", size + 1))
			.query((rs, row) -> new ConsultationSummary(rs.getObject("id", UUID.class), rs.getString("agency_code"),
					rs.getString("title"),
					DraftDocumentType.valueOf(rs.getString("document_type")),
					ConsultationAudience.valueOf(rs.getString("audience")),
					ConsultationStatus.valueOf(rs.getString("status")), rs.getObject("opens_on", LocalDate.class),
					rs.getObject("closes_on", LocalDate.class), rs.getLong("comments")))
			.list();
		return ListPage.cut(read, size, line -> new QueueCursor(line.closesOn().atStartOfDay(), line.id().toString()),
				total);
	}

	private static UUID cursorId(QueueCursor after) {
		try {
			return UUID.fromString(after.code());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidRequestException("queue.bad-cursor");
		}
	}
}
