package db.migration.petition;

import java.sql.SQLException;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import db.migration.SearchWordsColumn;
import vn.motcua.petition.Petition;

/**
 * The answered petitions' search form written again without the personal data of their texts, as
 * the application now writes it when a petition is answered: the public questions and answers page
 * hides the numbers and addresses of the answers published before, and its search must not find
 * them either.
 */
public class V11_4__Answered_search_text_without_personal_data extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws SQLException {
		SearchWordsColumn.fill(context.getConnection(), "petition", List.of("title", "content", "answer"),
				"search_text", "answer IS NOT NULL",
				texts -> Petition.searchText(texts[0], texts[1], texts[2]));
	}
}
