package vn.motcua.rating;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Look-ups made on every request are written out: a derived query renders its SQL again on each call. */
interface RatableDossierRepository extends ListCrudRepository<RatableDossier, UUID> {

	@Query("SELECT * FROM rating_ratable_dossier WHERE dossier_code = :dossierCode")
	Optional<RatableDossier> findByDossierCode(String dossierCode);
}
