package vn.motcua.calendar;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface WorkingHoursRepository extends ListCrudRepository<AgencyWorkingHours, UUID> {
}
