package vn.motcua.rating;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A counter kiosk: a tablet at a desk that a reception officer opened for their counter. The tablet
 * holds only the kiosk's token (never an officer's session). It rates nothing until the desk opens a
 * service for the applicant in front of it; each service takes exactly one rating.
 */
@Table("rating_kiosk")
public class Kiosk {

	@Id
	private final UUID id;
	@Version
	private @Nullable Long version;
	private final String agencyCode;
	private final String counterName;
	private final String tokenHash;
	private final String openedBy;
	private final Instant openedAt;
	private final Instant expiresAt;
	private @Nullable Instant closedAt;
	private @Nullable UUID serviceId;
	private @Nullable String serviceDossierCode;
	private @Nullable String serviceOpenedBy;
	private @Nullable Instant serviceOpenedAt;
	private @Nullable UUID lastRatedServiceId;

	@PersistenceCreator
	Kiosk(UUID id, @Nullable Long version, String agencyCode, String counterName, String tokenHash, String openedBy,
			Instant openedAt, Instant expiresAt, @Nullable Instant closedAt, @Nullable UUID serviceId,
			@Nullable String serviceDossierCode, @Nullable String serviceOpenedBy, @Nullable Instant serviceOpenedAt,
			@Nullable UUID lastRatedServiceId) {
		this.id = id;
		this.version = version;
		this.agencyCode = agencyCode;
		this.counterName = counterName;
		this.tokenHash = tokenHash;
		this.openedBy = openedBy;
		this.openedAt = openedAt;
		this.expiresAt = expiresAt;
		this.closedAt = closedAt;
		this.serviceId = serviceId;
		this.serviceDossierCode = serviceDossierCode;
		this.serviceOpenedBy = serviceOpenedBy;
		this.serviceOpenedAt = serviceOpenedAt;
		this.lastRatedServiceId = lastRatedServiceId;
	}

	static Kiosk open(String agencyCode, String counterName, String tokenHash, String openedBy, Instant now,
			Duration lifetime) {
		return new Kiosk(UUID.randomUUID(), null, agencyCode, counterName, tokenHash, openedBy, now,
				now.plus(lifetime), null, null, null, null, null, null);
	}

	/** A service the desk opened and nobody has rated yet, while it waits. */
	public record Service(UUID id, @Nullable String dossierCode, String openedBy, Instant openedAt) {
	}

	public boolean isOpenAt(Instant now) {
		return closedAt == null && now.isBefore(expiresAt);
	}

	/**
	 * The desk opens a service for the applicant in front of it; a service still waiting is replaced,
	 * so that the next applicant never rates the previous one's.
	 */
	Service openService(@Nullable String dossierCode, String officer, Instant now) {
		requireOpen(now);
		serviceId = UUID.randomUUID();
		serviceDossierCode = dossierCode;
		serviceOpenedBy = officer;
		serviceOpenedAt = now;
		return new Service(serviceId, dossierCode, officer, now);
	}

	/** The service waiting for its rating, unless none was opened or it waited too long. */
	public Optional<Service> waitingService(Instant now, Duration serviceLifetime) {
		if (!isOpenAt(now) || serviceId == null || serviceOpenedBy == null || serviceOpenedAt == null
				|| !now.isBefore(serviceOpenedAt.plus(serviceLifetime))) {
			return Optional.empty();
		}
		return Optional.of(new Service(serviceId, serviceDossierCode, serviceOpenedBy, serviceOpenedAt));
	}

	/** Takes the rating of the service the kiosk showed: the service is used up, once and for all. */
	Service takeRating(UUID shownService, Instant now, Duration serviceLifetime) {
		requireOpen(now);
		if (shownService.equals(lastRatedServiceId)) {
			throw new RatingRefused(RatingRefused.Reason.CONFLICT, "rating.kiosk.already-rated");
		}
		Service service = waitingService(now, serviceLifetime)
			.filter(waiting -> waiting.id().equals(shownService))
			.orElseThrow(() -> new RatingRefused(RatingRefused.Reason.CONFLICT, "rating.kiosk.no-service"));
		lastRatedServiceId = service.id();
		clearService();
		return service;
	}

	void close(Instant now) {
		closedAt = now;
		clearService();
	}

	private void clearService() {
		serviceId = null;
		serviceDossierCode = null;
		serviceOpenedBy = null;
		serviceOpenedAt = null;
	}

	private void requireOpen(Instant now) {
		if (!isOpenAt(now)) {
			throw new RatingRefused(RatingRefused.Reason.FORBIDDEN, "rating.kiosk.not-open");
		}
	}

	public UUID id() {
		return id;
	}

	public String agencyCode() {
		return agencyCode;
	}

	public String counterName() {
		return counterName;
	}

	String tokenHash() {
		return tokenHash;
	}

	public String openedBy() {
		return openedBy;
	}

	public Instant openedAt() {
		return openedAt;
	}

	public Instant expiresAt() {
		return expiresAt;
	}

	public @Nullable Instant closedAt() {
		return closedAt;
	}
}
