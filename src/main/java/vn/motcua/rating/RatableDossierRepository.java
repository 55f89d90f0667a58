package vn.motcua.rating;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface RatableDossierRepository extends ListCrudRepository<RatableDossier, UUID> {

	Optional<RatableDossier> findByDossierCode(String dossierCode);
}
