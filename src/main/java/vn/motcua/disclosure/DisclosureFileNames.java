package vn.motcua.disclosure;

import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.motcua.document.StoredFileNames;

/** The files of the disclosures. */
@Component
class DisclosureFileNames implements StoredFileNames {

	private final JdbcClient jdbc;

	DisclosureFileNames(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<String> named(Store store, String prefix, Set<String> candidates) {
		return store == Store.ATTACHMENTS ? StoredFileNames.namedIn(jdbc,
				"SELECT attachment_id FROM disclosure_file WHERE attachment_id >= :from AND attachment_id < :to", prefix,
				candidates) : Set.of();
	}
}
