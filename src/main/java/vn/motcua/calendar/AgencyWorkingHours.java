package vn.motcua.calendar;

import java.time.LocalTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An agency's own working hours, where they differ from the configured default. */
@Table("calendar_working_hours")
record AgencyWorkingHours(@Id UUID agencyId, @Version @Nullable Long version, LocalTime morningStart,
		LocalTime morningEnd, LocalTime afternoonStart, LocalTime afternoonEnd) {

	static AgencyWorkingHours of(UUID agencyId, @Nullable Long version, WorkingHours hours) {
		return new AgencyWorkingHours(agencyId, version, hours.morningStart(), hours.morningEnd(),
				hours.afternoonStart(), hours.afternoonEnd());
	}

	WorkingHours hours() {
		return new WorkingHours(morningStart, morningEnd, afternoonStart, afternoonEnd);
	}
}
