package vn.motcua.petition;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface PetitionRepository extends ListCrudRepository<Petition, UUID> {

	Optional<Petition> findByCode(String code);

	/** Rarely read (an account disabled), so without an index of its own. */
	List<Petition> findByHandlerAccountIdAndStatusIn(UUID handlerAccountId, Collection<PetitionStatus> statuses);

	List<Petition> findByUnitIdInAndStatusIn(Collection<UUID> unitIds, Collection<PetitionStatus> statuses);
}
