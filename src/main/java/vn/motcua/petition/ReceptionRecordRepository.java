package vn.motcua.petition;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ReceptionRecordRepository extends ListCrudRepository<ReceptionRecord, UUID> {

	/** The agency's latest serial number, 0 before its first line (read by the serial's unique index). */
	@Query("SELECT COALESCE(MAX(serial), 0) FROM reception_record WHERE agency_code = :agencyCode")
	int lastSerial(String agencyCode);

	List<ReceptionRecord> findByAgencyCodeOrderBySerialDesc(String agencyCode, Limit limit);

	List<ReceptionRecord> findByAgencyCodeAndSerialLessThanOrderBySerialDesc(String agencyCode, int serial,
			Limit limit);

	long countByAgencyCode(String agencyCode);
}
