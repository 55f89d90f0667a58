package vn.motcua.petition;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface PetitionRepository extends ListCrudRepository<Petition, UUID> {

	Optional<Petition> findByCode(String code);

	List<Petition> findByAccountIdOrderByReceivedAtDesc(UUID accountId);

	List<Petition> findTop500ByAgencyCodeAndStatusInOrderByReceivedAt(String agencyCode,
			Collection<PetitionStatus> statuses);
}
