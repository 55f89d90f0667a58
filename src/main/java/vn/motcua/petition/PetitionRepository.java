package vn.motcua.petition;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface PetitionRepository extends ListCrudRepository<Petition, UUID> {

	Optional<Petition> findByCode(String code);
}
