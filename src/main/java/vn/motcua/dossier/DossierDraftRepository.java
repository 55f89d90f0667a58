package vn.motcua.dossier;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface DossierDraftRepository extends ListCrudRepository<DossierDraft, UUID> {

	List<DossierDraft> findByAccountIdOrderByUpdatedAtDesc(UUID accountId);
}
