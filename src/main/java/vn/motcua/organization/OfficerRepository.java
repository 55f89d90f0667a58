package vn.motcua.organization;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface OfficerRepository extends ListCrudRepository<Officer, UUID> {

	List<Officer> findByAgencyIdOrderByFullName(UUID agencyId);

	Optional<Officer> findByAccountId(UUID accountId);

	boolean existsByUnitId(UUID unitId);
}
