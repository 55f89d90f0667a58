package vn.motcua.dossier;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Look-ups made on every request are written out: a derived query renders its SQL again on each call. */
interface DossierRepository extends ListCrudRepository<Dossier, UUID> {

	@Query("SELECT * FROM dossier WHERE code = :code")
	Optional<Dossier> findByCode(String code);

	@Query("SELECT * FROM dossier WHERE account_id = :accountId AND idempotency_key = :idempotencyKey")
	Optional<Dossier> findByAccountIdAndIdempotencyKey(UUID accountId, String idempotencyKey);

}
