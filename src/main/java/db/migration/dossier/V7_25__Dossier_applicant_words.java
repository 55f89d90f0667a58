package db.migration.dossier;

import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import db.migration.SearchWordsColumn;

/** The applicant's name in search form, so that officers find "Nguyễn Văn Đức" by "nguyen van duc". */
public class V7_25__Dossier_applicant_words extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws SQLException {
		SearchWordsColumn.add(context.getConnection(), "dossier", "applicant_name", "applicant_words", 310, "TRUE");
		try (Statement statement = context.getConnection().createStatement()) {
			statement.execute("ALTER TABLE dossier ALTER COLUMN applicant_words SET NOT NULL");
		}
	}
}
