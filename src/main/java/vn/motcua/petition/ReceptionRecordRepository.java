package vn.motcua.petition;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface ReceptionRecordRepository extends ListCrudRepository<ReceptionRecord, UUID> {

	List<ReceptionRecord> findTop200ByAgencyCodeOrderBySerialDesc(String agencyCode);
}
