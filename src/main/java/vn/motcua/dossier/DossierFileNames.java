package vn.motcua.dossier;

import java.util.Set;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.motcua.document.StoredFileNames;

/**
 * The stored files the dossiers and the drafts name: their documents' files, the current draft result
 * and the signed result, each column indexed (V7.30). A draft result another replaced is named only by its audit entry and goes
 * with the sweep (decision 0028). Asked first: these rows name nearly every file, so that the other
 * modules are asked only about the rest.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DossierFileNames implements StoredFileNames {

	/** One statement: a draft submitted meanwhile moves its files to the dossier's documents. */
	private static final String ATTACHMENTS = """
			SELECT file_id FROM dossier_document WHERE file_id >= :from AND file_id < :to
			UNION ALL SELECT draft_result_id FROM dossier WHERE draft_result_id >= :from AND draft_result_id < :to
			UNION ALL SELECT attachment_id FROM dossier_draft_file WHERE attachment_id >= :from AND attachment_id < :to""";

	/**
	 * The signed results. A document's or a draft file's hash is the digest of its attachment, read by its
	 * id since the first intake: it names no content-addressed file (decision 0038).
	 */
	private static final String CONTENT = "SELECT result_sha256 FROM dossier WHERE result_sha256 >= :from AND result_sha256 < :to";

	private final JdbcClient jdbc;

	DossierFileNames(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<String> named(Store store, String prefix, Set<String> candidates) {
		return StoredFileNames.namedIn(jdbc, store == Store.ATTACHMENTS ? ATTACHMENTS : CONTENT, prefix, candidates);
	}
}
