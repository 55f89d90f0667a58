package vn.motcua.organization;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface AgencyRepository extends ListCrudRepository<Agency, UUID> {

	Optional<Agency> findByCode(String code);

	boolean existsByCode(String code);

	List<Agency> findAllByOrderByName();
}
