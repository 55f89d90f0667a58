package vn.motcua.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;

/**
 * Work waiting in a table for a background job: how many, and since when the oldest waits (null when
 * none does). As metrics, a job that stopped or fails shows as a count and an age that keep growing,
 * which a monitoring system alerts on, where the job's only other trace is a line in a log.
 */
public record Backlog(long count, @Nullable Instant oldest) {

	/** Seconds the oldest has waited at {@code now}; 0 when none waits. */
	public double oldestSeconds(Instant now) {
		return oldest == null ? 0 : Math.max(0, Duration.between(oldest, now).toMillis() / 1000.0);
	}

	/**
	 * Registers the backlog's two gauges, read at each scrape: {@code name} (the count, in
	 * {@code unit}) and {@code name.oldest} (seconds).
	 */
	public static void register(MeterRegistry registry, String name, String unit, String description,
			Supplier<Backlog> read, Clock clock) {
		// strong references: a gauge holds its object weakly, and the reader is referenced by nothing else
		Gauge.builder(name, read, backlog -> backlog.get().count())
			.strongReference(true)
			.baseUnit(unit)
			.description(description)
			.register(registry);
		Gauge.builder(name + ".oldest", read, backlog -> backlog.get().oldestSeconds(clock.instant()))
			.strongReference(true)
			.baseUnit("seconds")
			.description(description + ": how long the oldest has waited")
			.register(registry);
	}
}
