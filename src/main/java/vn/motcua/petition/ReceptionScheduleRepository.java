package vn.motcua.petition;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** Schedules set at the same instant follow each other by their time-ordered ids, which count up as they are made. */
interface ReceptionScheduleRepository extends ListCrudRepository<ReceptionSchedule, UUID> {

	/** The agency's schedules set from a day up to {@code to}, the one in force latest first (by reception_schedule_agency_idx). */
	List<ReceptionSchedule> findByAgencyCodeAndEffectiveFromLessThanEqualOrderByEffectiveFromDescSetAtDescIdDesc(
			String agencyCode, LocalDate to);

	/** Every schedule the agency has set, the latest first. */
	List<ReceptionSchedule> findByAgencyCodeOrderByEffectiveFromDescSetAtDescIdDesc(String agencyCode);
}
