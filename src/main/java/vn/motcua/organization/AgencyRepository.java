package vn.motcua.organization;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Look-ups made on every request are written out: a derived query renders its SQL again on each call. */
interface AgencyRepository extends ListCrudRepository<Agency, UUID> {

	@Query("SELECT * FROM agency WHERE code = :code")
	Optional<Agency> findByCode(String code);

	boolean existsByCode(String code);

	List<Agency> findAllByOrderByName();
}
