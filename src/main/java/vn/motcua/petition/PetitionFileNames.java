package vn.motcua.petition;

import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.motcua.document.StoredFileNames;

/**
 * The petitions' scans. A refused public form's file is named by none: it is kept in the visitor's
 * session, for less than the sweep's grace period.
 */
@Component
class PetitionFileNames implements StoredFileNames {

	private final JdbcClient jdbc;

	PetitionFileNames(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<String> named(Store store, String prefix, Set<String> candidates) {
		return store == Store.ATTACHMENTS ? StoredFileNames.namedIn(jdbc,
				"SELECT attachment_id FROM petition WHERE attachment_id >= :from AND attachment_id < :to", prefix,
				candidates) : Set.of();
	}
}
