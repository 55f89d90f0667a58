package vn.motcua.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.motcua.document.StoredFileNames;

/**
 * The form templates of every procedure version (drafts, in force or past), named by their hash in the
 * version's content. The content is a document, not a column of names: a hash written anywhere in it
 * keeps its file. The other modules are asked first, so only the files they do not name are looked
 * for here, a hundred to a statement.
 */
@Component
class FormTemplateFileNames implements StoredFileNames {

	private static final int AT_ONCE = 100;

	private final JdbcClient jdbc;

	FormTemplateFileNames(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<String> named(Store store, String prefix, Set<String> candidates) {
		if (store != Store.CONTENT) {
			return Set.of();
		}
		Set<String> named = new HashSet<>();
		List<String> all = List.copyOf(candidates);
		for (int from = 0; from < all.size(); from += AT_ONCE) {
			List<String> some = all.subList(from, Math.min(all.size(), from + AT_ONCE));
			List<String> patterns = new ArrayList<>();
			some.forEach(hash -> patterns.add("%" + hash + "%"));
			jdbc.sql("SELECT content FROM procedure_version WHERE "
					+ String.join(" OR ", patterns.stream().map(pattern -> "content LIKE ?").toList()))
				.params(patterns).query(row -> {
					String content = row.getString(1);
					some.stream().filter(content::contains).forEach(named::add);
				});
		}
		return named;
	}
}
