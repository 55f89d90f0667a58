package vn.motcua.shared;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Per-client rate limits of public endpoints (token buckets, Bucket4j), so that nobody can walk
 * through every dossier code or flood a public form. Buckets live in memory per instance and are
 * forgotten an hour after a client's last request; behind a load balancer each instance counts
 * its own share.
 */
@Component
@EnableConfigurationProperties(RateLimits.Settings.class)
public class RateLimits {

	/**
	 * Settings ({@code motcua.rate-limits.<name>.*}): how many requests a client may make per period.
	 */
	@ConfigurationProperties("motcua.rate-limits")
	public record Settings(Map<String, Limit> limits) {
	}

	public record Limit(int capacity, Duration period) {
	}

	private final Settings settings;
	private final TimeMeter time;
	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.expireAfterAccess(Duration.ofHours(1))
		.maximumSize(200_000)
		.build();

	/** The buckets refill by the application's clock, so that a test that moves it decides when a token returns. */
	RateLimits(Settings settings, Clock clock) {
		this.settings = settings;
		this.time = new TimeMeter() {
			@Override
			public long currentTimeNanos() {
				return TimeUnit.MILLISECONDS.toNanos(clock.millis());
			}

			@Override
			public boolean isWallClockBased() {
				return true;
			}
		};
	}

	/** Takes one request from the client's bucket of that limit; false when the client must wait. */
	public boolean tryAcquire(String limitName, String client) {
		return bucket(limitName, client).tryConsume(1);
	}

	/**
	 * Whether the client's bucket of that limit has a request left, taking none: for a limit counted on
	 * what went wrong (a wrong password) and checked before anything is tried.
	 */
	public boolean hasRoom(String limitName, String client) {
		return bucket(limitName, client).getAvailableTokens() > 0;
	}

	private Bucket bucket(String limitName, String client) {
		Limit limit = settings.limits().get(limitName);
		if (limit == null) {
			throw new IllegalStateException("No rate limit configured under motcua.rate-limits.limits." + limitName);
		}
		return buckets.get(limitName + "|" + client, key -> Bucket.builder()
			.withCustomTimePrecision(time)
			.addLimit(Bandwidth.builder().capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period()).build())
			.build());
	}
}
