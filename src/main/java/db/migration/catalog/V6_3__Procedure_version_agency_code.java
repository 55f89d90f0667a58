package db.migration.catalog;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import tools.jackson.databind.json.JsonMapper;

/**
 * The agency of each procedure version as a column beside its content (decision 0046), so that a list of
 * one agency's procedures reads an index rather than every version's JSON. Filled from the content
 * ({@code agencyCode}), then, where an agency has that code in another letter case, with the code the
 * agency keeps: a version announced with "000.00.31.h55" is the agency 000.00.31.H55's. The content
 * itself, what was announced, is not changed.
 */
public class V6_3__Procedure_version_agency_code extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws SQLException {
		var connection = context.getConnection();
		JsonMapper json = JsonMapper.builder().build();
		try (Statement statement = connection.createStatement()) {
			statement.execute("ALTER TABLE procedure_version ADD COLUMN agency_code VARCHAR(40)");
		}
		try (Statement read = connection.createStatement();
				ResultSet rows = read.executeQuery("SELECT id, content FROM procedure_version");
				PreparedStatement write = connection
					.prepareStatement("UPDATE procedure_version SET agency_code = ? WHERE id = ?")) {
			while (rows.next()) {
				write.setString(1, json.readTree(rows.getString("content")).path("agencyCode").asString(""));
				write.setObject(2, rows.getObject("id"));
				write.addBatch();
			}
			write.executeBatch();
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("UPDATE procedure_version SET agency_code = (SELECT MIN(a.code) FROM agency a "
					+ "WHERE UPPER(a.code) = UPPER(procedure_version.agency_code)) WHERE NOT EXISTS (SELECT 1 FROM agency a "
					+ "WHERE a.code = procedure_version.agency_code) AND EXISTS (SELECT 1 FROM agency a "
					+ "WHERE UPPER(a.code) = UPPER(procedure_version.agency_code))");
			statement.execute("ALTER TABLE procedure_version ALTER COLUMN agency_code SET NOT NULL");
			statement.execute("CREATE INDEX procedure_version_agency_idx ON procedure_version "
					+ "(agency_code, status, effective_from)");
		}
	}
}
