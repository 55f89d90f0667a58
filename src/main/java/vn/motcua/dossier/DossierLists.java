package vn.motcua.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.motcua.catalog.Channel;
import vn.motcua.shared.QueueCursor;
import vn.motcua.shared.VietnamTime;

/**
 * Lists of dossiers as single queries. Loading each dossier of a list as a whole aggregate cost one
 * query per child table per dossier (N+1); a list only shows the dossier's own columns.
 */
@Component
class DossierLists {

	private static final String COLUMNS = "code, procedure_code, procedure_name, applicant_name, channel, status, "
			+ "submitted_at, appointment_at";

	private final JdbcClient jdbc;

	DossierLists(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The dossiers an account submitted, newest first (index dossier_account_idx). */
	List<DossierListItem> ofAccount(UUID accountId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM dossier WHERE account_id = ? ORDER BY submitted_at DESC")
			.param(accountId)
			.query(DossierLists::item)
			.list();
	}

	/**
	 * A page of the dossiers of the agencies waiting for the desk's decision, oldest first, starting
	 * after {@code after} (from the start when null), narrowed by {@code search} (part of a code or of
	 * an applicant's name) unless null; index dossier_agency_status_idx (agency, status, time submitted).
	 */
	DeskQueue waitingAtDesk(Collection<String> agencyCodes, @Nullable String search, @Nullable QueueCursor after,
			int size) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("agencies", agencyCodes)
			.addValue("status", DossierStatus.SUBMITTED.name())
			.addValue("rows", size + 1);
		String waiting = " FROM dossier WHERE agency_code IN (:agencies) AND status = :status";
		StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS).append(waiting);
		String pattern = new QueueFilter(search, null).likePattern();
		if (pattern != null) {
			sql.append(" AND (UPPER(code) LIKE :search ESCAPE '\\' OR UPPER(applicant_name) LIKE :search ESCAPE '\\')");
			parameters.addValue("search", pattern);
		}
		if (after != null) {
			sql.append(" AND (submitted_at > :afterAt OR (submitted_at = :afterAt AND code > :afterCode))");
			parameters.addValue("afterAt", after.at().atZone(VietnamTime.ZONE).toOffsetDateTime())
				.addValue("afterCode", after.code());
		}
		sql.append(" ORDER BY submitted_at, code FETCH FIRST :rows ROWS ONLY");
		List<DossierListItem> items = jdbc.sql(sql.toString()).paramSource(parameters).query(DossierLists::item).list();
		long count = jdbc.sql("SELECT COUNT(*)" + waiting).paramSource(parameters).query(Long.class).single();
		if (items.size() <= size) {
			return new DeskQueue(items, null, count);
		}
		DossierListItem last = items.get(size - 1);
		return new DeskQueue(items.subList(0, size), new QueueCursor(last.localSubmittedAt(), last.code()), count);
	}

	private static DossierListItem item(ResultSet rs, int row) throws SQLException {
		return new DossierListItem(rs.getString("code"), rs.getString("procedure_code"), rs.getString("procedure_name"),
				rs.getString("applicant_name"), Channel.valueOf(rs.getString("channel")),
				DossierStatus.valueOf(rs.getString("status")), rs.getTimestamp("submitted_at").toInstant(),
				rs.getObject("appointment_at", LocalDateTime.class));
	}
}
