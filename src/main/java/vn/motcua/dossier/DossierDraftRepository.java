package vn.motcua.dossier;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface DossierDraftRepository extends ListCrudRepository<DossierDraft, UUID> {

	/**
	 * The applicant's drafts, newest first, in one query: loading the drafts would read each one's
	 * files by a query of its own.
	 */
	@Query("""
			SELECT id, procedure_code, updated_at FROM dossier_draft
			WHERE account_id = :accountId ORDER BY updated_at DESC""")
	List<DraftSummary> findSummariesByAccountId(UUID accountId);

	Optional<DossierDraft> findByAccountIdAndIdempotencyKey(UUID accountId, String idempotencyKey);
}
