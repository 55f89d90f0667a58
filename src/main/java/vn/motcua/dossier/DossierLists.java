package vn.motcua.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.motcua.catalog.Channel;

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

	/** The first 200 dossiers of the agencies in that status, oldest first (index dossier_status_idx). */
	List<DossierListItem> inStatus(Collection<String> agencyCodes, DossierStatus status) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM dossier WHERE agency_code IN (:agencies) AND status = :status "
				+ "ORDER BY submitted_at, code FETCH FIRST 200 ROWS ONLY")
			.param("agencies", agencyCodes)
			.param("status", status.name())
			.query(DossierLists::item)
			.list();
	}

	private static DossierListItem item(ResultSet rs, int row) throws SQLException {
		return new DossierListItem(rs.getString("code"), rs.getString("procedure_code"), rs.getString("procedure_name"),
				rs.getString("applicant_name"), Channel.valueOf(rs.getString("channel")),
				DossierStatus.valueOf(rs.getString("status")), rs.getTimestamp("submitted_at").toInstant(),
				rs.getObject("appointment_at", LocalDateTime.class));
	}
}
