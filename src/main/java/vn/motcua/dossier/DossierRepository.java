package vn.motcua.dossier;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface DossierRepository extends ListCrudRepository<Dossier, UUID> {

	Optional<Dossier> findByCode(String code);

	Optional<Dossier> findByAccountIdAndIdempotencyKey(UUID accountId, String idempotencyKey);

}
