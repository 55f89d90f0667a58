package vn.motcua.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import vn.motcua.shared.VietnamTime;

/**
 * A clock that tests move by hand, in Vietnam's time zone. Import {@link Configuration} into a
 * Spring test to make it the application's clock; reset it in {@code @BeforeEach}.
 */
public final class MutableClock extends Clock {

	private final AtomicReference<Instant> now;
	private final AtomicReference<Reading> nextReading = new AtomicReference<>();

	/** Something to do when a class next reads the clock. */
	private record Reading(Class<?> reader, Runnable action) {
	}

	public MutableClock(Instant start) {
		this.now = new AtomicReference<>(start);
	}

	public void set(Instant instant) {
		now.set(instant);
	}

	public void advance(Duration duration) {
		now.updateAndGet(instant -> instant.plus(duration));
	}

	/**
	 * Back to the real time, so that dates computed from it are the real ones; to the microsecond, as the
	 * databases keep times, so that a test comparing a stored time with the clock's compares like with like.
	 */
	public void reset() {
		now.set(realTime());
	}

	private static Instant realTime() {
		return Instant.now().truncatedTo(ChronoUnit.MICROS);
	}

	@Override
	public ZoneId getZone() {
		return VietnamTime.ZONE;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(now.get(), zone);
	}

	/**
	 * Runs the action, once, when that class next reads the clock: a service reads it between loading
	 * a record and saving it, so a test can make a concurrent change happen exactly there.
	 */
	public void onNextReadingBy(Class<?> reader, Runnable action) {
		nextReading.set(new Reading(reader, action));
	}

	@Override
	public Instant instant() {
		Reading armed = nextReading.get();
		if (armed != null && armed.reader() == caller() && nextReading.compareAndSet(armed, null)) {
			armed.action().run();
		}
		return now.get();
	}

	private static Class<?> caller() {
		return StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
			.walk(frames -> frames.map(StackWalker.StackFrame::getDeclaringClass)
				.filter(type -> type != MutableClock.class)
				.findFirst()
				.orElse(MutableClock.class));
	}

	/** Replaces the application's clock with a {@link MutableClock} starting at the real time. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock(realTime());
		}
	}
}
