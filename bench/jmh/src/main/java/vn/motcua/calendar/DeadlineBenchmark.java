package vn.motcua.calendar;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Deadline computations a second on one thread: the shipped holiday rules, no overrides, starts
 * spread over three years at every time of day (so that clock starts move), and a mix of units.
 * The working years are built once, as in the running application.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DeadlineBenchmark {

	private static final int CASES = 1024;

	private WorkingCalendar calendar;
	private LocalDateTime[] starts;
	private ProcessingTime[] times;
	private int next;

	@Setup
	public void setUp() throws IOException {
		var source = new ResourcePropertySource(
				new EncodedResource(new ClassPathResource("calendar/holidays.properties"), "UTF-8"));
		CalendarProperties properties = new Binder(ConfigurationPropertySources.from(source))
			.bindOrCreate("motcua.calendar", CalendarProperties.class);
		calendar = new WorkingCalendar(new WorkingYears(new StatutoryHolidays(properties), noOverrides()),
				noOwnHours(), properties);
		Random random = new Random(42);
		starts = new LocalDateTime[CASES];
		times = new ProcessingTime[CASES];
		List<ProcessingTime> mix = List.of(ProcessingTime.workingDays(3), ProcessingTime.workingDays(0.5),
				ProcessingTime.workingDays(15), ProcessingTime.workingHours(16), ProcessingTime.calendarDays(10));
		for (int i = 0; i < CASES; i++) {
			starts[i] = LocalDateTime.of(2026, 1, 1, 0, 0).plusMinutes(random.nextInt(3 * 365 * 24 * 60));
			times[i] = mix.get(i % mix.size());
			calendar.deadline(starts[i], times[i], null);
		}
	}

	@Benchmark
	public LocalDateTime deadline() {
		int i = next++ & (CASES - 1);
		return calendar.deadline(starts[i], times[i], null).due();
	}

	private static OverrideRepository noOverrides() {
		return (OverrideRepository) Proxy.newProxyInstance(OverrideRepository.class.getClassLoader(),
				new Class<?>[] { OverrideRepository.class }, (proxy, method, args) -> List.of());
	}

	private static WorkingHoursRepository noOwnHours() {
		return (WorkingHoursRepository) Proxy.newProxyInstance(WorkingHoursRepository.class.getClassLoader(),
				new Class<?>[] { WorkingHoursRepository.class }, (proxy, method, args) -> Optional.empty());
	}
}
