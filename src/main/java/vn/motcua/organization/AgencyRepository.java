package vn.motcua.organization;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Look-ups made on every request are written out: a derived query renders its SQL again on each call. */
interface AgencyRepository extends ListCrudRepository<Agency, UUID> {

	/**
	 * The agencies whose code is this one in any letter case: one, or for codes kept before they were
	 * upper-cased (decision 0046) possibly several. The table is small and its rows are cached.
	 */
	@Query("SELECT * FROM agency WHERE UPPER(code) = UPPER(:code)")
	List<Agency> findAllByCodeInAnyCase(String code);

	List<Agency> findAllByOrderByName();
}
