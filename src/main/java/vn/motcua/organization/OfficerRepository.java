package vn.motcua.organization;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Look-ups made on every request are written out: a derived query renders its SQL again on each call. */
interface OfficerRepository extends ListCrudRepository<Officer, UUID> {

	List<Officer> findByAgencyIdOrderByFullName(UUID agencyId);

	@Query("SELECT * FROM officer WHERE account_id = :accountId")
	Optional<Officer> findByAccountId(UUID accountId);

	@Query("SELECT * FROM officer WHERE account_id IN (:accountIds)")
	List<Officer> findByAccountIdIn(Collection<UUID> accountIds);
}
