package vn.motcua.dossier;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface DossierRepository extends ListCrudRepository<Dossier, UUID> {

	Optional<Dossier> findByCode(String code);

	Optional<Dossier> findByAccountIdAndIdempotencyKey(UUID accountId, String idempotencyKey);

	List<Dossier> findByAccountIdOrderBySubmittedAtDesc(UUID accountId);

	List<Dossier> findTop200ByAgencyCodeInAndStatusOrderBySubmittedAt(java.util.Collection<String> agencyCodes,
			DossierStatus status);
}
