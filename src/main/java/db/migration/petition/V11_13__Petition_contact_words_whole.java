package db.migration.petition;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import db.migration.SearchWordsColumn;
import vn.motcua.petition.Petition;

/**
 * The contacts typed in a petition were kept for the handlers' search in 2,000 characters (V11.9),
 * so a collective petition that lists more than about a hundred signatories' numbers lost the later
 * ones, and a handler searching a signatory's number did not find the petition. The column now holds
 * the words of the longest texts, each word once, and is written again for the petitions that have any.
 */
public class V11_13__Petition_contact_words_whole extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws SQLException {
		try (Statement statement = context.getConnection().createStatement()) {
			// Petition.CONTACT_WORDS_LENGTH as released: the title's 200 characters, the content's 8,000 and 3
			statement.execute("ALTER TABLE petition ALTER COLUMN contact_words SET DATA TYPE VARCHAR(8203)");
		}
		SearchWordsColumn.fill(context.getConnection(), "petition", List.of("title", "content"), "contact_words",
				"contact_words IS NOT NULL", texts -> Petition.contactWords(texts[0], texts[1]));
	}
}
