package db.migration.petition;

import java.sql.SQLException;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import db.migration.SearchWordsColumn;

/**
 * The petitioner's name in search form, except a denouncer's (Luật Tố cáo Art. 9): a name that is
 * not stored in search form cannot be found by a search, whatever the query's conditions.
 */
public class V11_3__Petitioner_words extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws SQLException {
		SearchWordsColumn.add(context.getConnection(), "petition", "petitioner_name", "petitioner_words", 310,
				"kind <> 'DENUNCIATION' AND petitioner_name IS NOT NULL");
	}
}
