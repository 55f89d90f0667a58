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
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.ListPage;
import vn.motcua.shared.QueueCursor;

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

	/**
	 * A page of the dossiers an account submitted, the newest first, starting after {@code after}
	 * (from the start when null); index dossier_account_idx (account, time submitted).
	 */
	ListPage<DossierListItem> ofAccount(UUID accountId, @Nullable QueueCursor after, int size) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("account", accountId);
		String listed = " FROM dossier WHERE account_id = :account";
		return page(listed, listed, parameters, true, after, size);
	}

	/**
	 * A page of the dossiers of the agencies waiting for the desk's decision, the first submitted
	 * first, starting after {@code after} (from the start when null), narrowed by {@code search} (part
	 * of a code or words of an applicant's name) unless null; index dossier_agency_status_idx (agency, status,
	 * time submitted).
	 */
	ListPage<DossierListItem> waitingAtDesk(Collection<String> agencyCodes, @Nullable String search,
			@Nullable QueueCursor after, int size) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("agencies", agencyCodes)
			.addValue("status", DossierStatus.SUBMITTED.name());
		String waiting = " FROM dossier WHERE agency_code IN (:agencies) AND status = :status";
		String narrowed = waiting;
		String condition = new QueueFilter(search, null).condition("", parameters);
		if (condition != null) {
			narrowed += " AND " + condition;
		}
		return page(waiting, narrowed, parameters, false, after, size);
	}

	/**
	 * A page of a list ordered by time submitted and code, cut after the cursor (in the list's own
	 * direction), and the count of the whole list.
	 *
	 * @param listed the whole list's FROM and WHERE, for the count
	 * @param narrowed the same, with a search where there is one, for the page
	 */
	private ListPage<DossierListItem> page(String listed, String narrowed, MapSqlParameterSource parameters,
			boolean newestFirst, @Nullable QueueCursor after, int size) {
		String direction = newestFirst ? " DESC" : "";
		StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS).append(narrowed);
		if (after != null) {
			sql.append(" AND ").append(after.after("submitted_at", "code", newestFirst, parameters));
		}
		sql.append(" ORDER BY submitted_at").append(direction).append(", code").append(direction)
			.append(" FETCH FIRST :rows ROWS ONLY");
		parameters.addValue("rows", size + 1);
		List<DossierListItem> items = jdbc.sql(sql.toString()).paramSource(parameters).query(DossierLists::item).list();
		long total = jdbc.sql("SELECT COUNT(*)" + listed).paramSource(parameters).query(Long.class).single();
		return ListPage.cut(items, size, last -> QueueCursor.of(last.submittedAt(), last.code()), total);
	}

	/** @throws InvalidRequestException when {@code size} is not between 1 and {@link ListPage#MAX_SIZE} */
	static void requireSize(int size) {
		if (size < 1 || size > ListPage.MAX_SIZE) {
			throw new InvalidRequestException("dossier.work.queue.bad-size", ListPage.MAX_SIZE);
		}
	}

	private static DossierListItem item(ResultSet rs, int row) throws SQLException {
		return new DossierListItem(rs.getString("code"), rs.getString("procedure_code"), rs.getString("procedure_name"),
				rs.getString("applicant_name"), Channel.valueOf(rs.getString("channel")),
				DossierStatus.valueOf(rs.getString("status")), rs.getTimestamp("submitted_at").toInstant(),
				rs.getObject("appointment_at", LocalDateTime.class));
	}
}
