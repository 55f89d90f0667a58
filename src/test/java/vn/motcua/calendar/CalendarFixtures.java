package vn.motcua.calendar;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.core.io.support.ResourcePropertySource;

/** A working calendar without Spring or a database: the shipped holiday rules and given overrides. */
final class CalendarFixtures {

	private CalendarFixtures() {
	}

	/** The module's settings as shipped: default hours and statutory holidays. */
	static CalendarProperties shippedProperties() {
		try {
			var source = new ResourcePropertySource(
					new EncodedResource(new ClassPathResource("calendar/holidays.properties"), "UTF-8"));
			return new Binder(ConfigurationPropertySources.from(source)).bindOrCreate("motcua.calendar",
					CalendarProperties.class);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static WorkingCalendar workingCalendar(CalendarOverride... overrides) {
		OverrideRepository repository = mock(OverrideRepository.class);
		when(repository.findByOnDateBetweenOrderByOnDate(any(), any())).thenAnswer(call -> {
			LocalDate from = call.getArgument(0);
			LocalDate to = call.getArgument(1);
			return List.of(overrides).stream()
				.filter(override -> !override.onDate().isBefore(from) && !override.onDate().isAfter(to))
				.toList();
		});
		CalendarProperties properties = shippedProperties();
		var years = new WorkingYears(new StatutoryHolidays(properties), repository);
		return new WorkingCalendar(years, mock(WorkingHoursRepository.class), properties);
	}

	static CalendarOverride workedSaturday(String date, @Nullable UUID agencyId) {
		return CalendarOverride.create(LocalDate.parse(date), "Làm bù", OverrideKind.WORKING_DAY, agencyId);
	}

	static CalendarOverride bridgeDayOff(String date, @Nullable UUID agencyId) {
		return CalendarOverride.create(LocalDate.parse(date), "Nghỉ cầu", OverrideKind.DAY_OFF, agencyId);
	}
}
