package vn.motcua.document;

import java.util.HashSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The stored files a module's rows name. Each module whose rows name files of {@link AttachmentStore}
 * or {@link FileStorage} implements it, so that the orphan-file sweep ({@link OrphanFileSweep},
 * decision 0028) removes only files no row names, without this module reading other modules' tables.
 * <p>
 * The sweep asks one folder of a store at a time: every name asked about begins with the same two
 * hexadecimal digits, so that a module may read the names it holds in that range (a 256th of them,
 * never all at once) or look up the candidates themselves, whichever its tables serve better. A module
 * answers each store in one statement: a file that moves between its tables meanwhile (a draft
 * submitted) is seen in one of them.
 */
public interface StoredFileNames {

	/** Where a name points. */
	enum Store {
		/** {@link AttachmentStore}: an upload's id of its own. */
		ATTACHMENTS,
		/** {@link FileStorage}: the content's SHA-256. */
		CONTENT
	}

	/**
	 * @param store the store the candidates are in
	 * @param prefix the two hexadecimal digits every candidate begins with
	 * @param candidates names of files old enough to go, that no module asked before named
	 * @return those of the candidates a row of this module names
	 */
	Set<String> named(Store store, String prefix, Set<String> candidates);

	/**
	 * Those of the candidates a query names: it selects one column of names in the range of the prefix,
	 * between {@code :from} (included) and {@code :to} (excluded), and is read a row at a time.
	 */
	static Set<String> namedIn(JdbcClient jdbc, String query, String prefix, Set<String> candidates) {
		Set<String> named = new HashSet<>();
		jdbc.sql(query).param("from", prefix).param("to", endOf(prefix)).query(row -> {
			String name = row.getString(1);
			if (candidates.contains(name)) {
				named.add(name);
			}
		});
		return named;
	}

	/**
	 * The end of the range of names beginning with {@code prefix}, excluded: names are hexadecimal
	 * digits and hyphens, all below {@code g} in any collation, and a range (unlike {@code LIKE 'ab%'}
	 * under a language's collation) is one an ordinary index serves.
	 */
	private static String endOf(String prefix) {
		return prefix + "g";
	}
}
