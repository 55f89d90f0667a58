package db.migration.petition;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import db.migration.SearchWordsColumn;
import vn.motcua.petition.Petition;

/**
 * The contacts and ID numbers typed in a petition's title and content move out of its search form
 * into a column of their own, which only the officers who handle petitions search: the people's
 * inspection board reads them masked (decision 0031), and a search for a number must not tell it
 * which petition holds that number. The answered petitions' form already left them out (V11.4).
 */
public class V11_9__Petition_contact_words extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws SQLException {
		try (Statement statement = context.getConnection().createStatement()) {
			// the width it was released with; V11.13 widens it
			statement.execute("ALTER TABLE petition ADD COLUMN contact_words VARCHAR(2000)");
		}
		SearchWordsColumn.fill(context.getConnection(), "petition", List.of("title", "content"), "contact_words",
				"1 = 1", texts -> Petition.contactWords(texts[0], texts[1]));
		SearchWordsColumn.fill(context.getConnection(), "petition", List.of("title", "content"), "search_text",
				"answer IS NULL", texts -> Petition.searchText(texts[0], texts[1]));
	}
}
