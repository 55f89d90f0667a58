package vn.motcua.organization;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface UnitLineageRepository extends ListCrudRepository<UnitLineage, UUID> {

	@Query("SELECT * FROM unit_lineage WHERE agency_id = :agencyId ORDER BY effective_on DESC, recorded_at DESC")
	List<UnitLineage> findByAgencyIdNewestFirst(UUID agencyId);
}
