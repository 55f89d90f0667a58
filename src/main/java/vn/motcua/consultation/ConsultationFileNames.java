package vn.motcua.consultation;

import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.motcua.document.StoredFileNames;

/** The files of the drafts put out for comment. */
@Component
class ConsultationFileNames implements StoredFileNames {

	private final JdbcClient jdbc;

	ConsultationFileNames(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<String> named(Store store, String prefix, Set<String> candidates) {
		return store == Store.ATTACHMENTS ? StoredFileNames.namedIn(jdbc,
				"SELECT attachment_id FROM consultation_draft_file WHERE attachment_id >= :from AND attachment_id < :to", prefix,
				candidates) : Set.of();
	}
}
