package vn.motcua.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface OverrideRepository extends ListCrudRepository<CalendarOverride, UUID> {

	List<CalendarOverride> findByOnDateBetweenOrderByOnDate(LocalDate from, LocalDate to);

	List<CalendarOverride> findByOnDate(LocalDate onDate);
}
