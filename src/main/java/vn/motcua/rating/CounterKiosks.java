package vn.motcua.rating;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.dossier.DossierHandling;
import vn.motcua.dossier.DossierManagement;
import vn.motcua.shared.Actor;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.Sha256;

/**
 * Counter kiosks: the desk opens one on a tablet (which then holds only the kiosk's token), opens a
 * service on it for each walk-in applicant, and the applicant rates that service once, without
 * signing in. Only the token's hash is stored.
 */
@Service
@Transactional
public class CounterKiosks {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final KioskRepository kiosks;
	private final RatingRepository ratings;
	private final DossierManagement dossiers;
	private final RatableDossiers ratables;
	private final OfficerDirectory officers;
	private final RatingScale scale;
	private final RatingProperties properties;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final TransactionTemplate inTransaction;

	CounterKiosks(KioskRepository kiosks, RatingRepository ratings, DossierManagement dossiers,
			RatableDossiers ratables, OfficerDirectory officers, RatingScale scale, RatingProperties properties,
			ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
		this.inTransaction = new TransactionTemplate(transactions);
		this.kiosks = kiosks;
		this.ratings = ratings;
		this.dossiers = dossiers;
		this.ratables = ratables;
		this.officers = officers;
		this.scale = scale;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/** A kiosk just opened, with its token: shown to the tablet once, never stored. */
	public record Opening(Kiosk kiosk, String token) {
	}

	/** The desk opens a kiosk for its counter; the token goes to the tablet and nowhere else. */
	public Opening open(String agencyCode, String counterName) {
		String name = counterName.strip();
		if (name.isEmpty() || name.length() > 100) {
			throw new InvalidRequestException("rating.kiosk.counter.required");
		}
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Actor actor = Actor.current();
		Instant now = clock.instant();
		Kiosk kiosk = kiosks.save(Kiosk.open(agencyCode, name, hash(token), actor.name(), now,
				properties.kiosk().lifetime()));
		publish(kiosk, KioskChanged.Change.OPENED, null, actor, now);
		return new Opening(kiosk, token);
	}

	/** The kiosks of these agencies that are open now, by counter. */
	@Transactional(readOnly = true)
	public List<Kiosk> openKiosks(Set<String> agencyCodes) {
		Instant now = clock.instant();
		return agencyCodes.stream().sorted()
			.flatMap(agency -> kiosks.findByAgencyCodeAndClosedAtIsNullAndExpiresAtAfterOrderByCounterName(agency, now)
				.stream())
			.toList();
	}

	/**
	 * The desk opens a service for the applicant in front of the kiosk, after a counter receipt or a
	 * result hand-over (with the dossier's code) or for any other help at the counter (without).
	 */
	public Kiosk.Service openService(UUID kioskId, Set<String> agencyCodes, @Nullable String dossierCode) {
		Kiosk kiosk = kioskOf(kioskId, agencyCodes);
		// the code as the dossier keeps it, however the desk typed it (decision 0046)
		String code = dossierCode == null || dossierCode.isBlank() ? null : dossiers.handling(dossierCode)
			.filter(handling -> agencyCodes.contains(handling.agencyCode()))
			.map(DossierHandling::code)
			.orElseThrow(() -> new InvalidRequestException("rating.kiosk.dossier-unknown", dossierCode.strip()));
		Actor actor = Actor.current();
		Instant now = clock.instant();
		Kiosk.Service service = kiosk.openService(code, actor.name(), now);
		kiosks.save(kiosk);
		publish(kiosk, KioskChanged.Change.SERVICE_OPENED, code, actor, now);
		return service;
	}

	public void close(UUID kioskId, Set<String> agencyCodes) {
		Kiosk kiosk = kioskOf(kioskId, agencyCodes);
		Instant now = clock.instant();
		kiosk.close(now);
		kiosks.save(kiosk);
		publish(kiosk, KioskChanged.Change.CLOSED, null, Actor.current(), now);
	}

	/** The open kiosk that holds this token, if any. */
	@Transactional(readOnly = true)
	public Optional<Kiosk> byToken(@Nullable String token) {
		if (token == null || token.isBlank()) {
			return Optional.empty();
		}
		return kiosks.findByTokenHash(hash(token)).filter(kiosk -> kiosk.isOpenAt(clock.instant()));
	}

	/** The service the kiosk waits to have rated, if the desk opened one. */
	public Optional<Kiosk.Service> waitingService(Kiosk kiosk) {
		return kiosk.waitingService(clock.instant(), properties.kiosk().serviceLifetime());
	}

	/**
	 * The walk-in applicant rates the service the kiosk showed. Refused without a service opened by
	 * the desk, and for a service already rated, so that the kiosk never rates twice in a row. Two taps
	 * at once both find the service waiting; the later's kiosk update meets the earlier's version and
	 * fails with its transaction, so it is made again in a transaction of its own, which finds the
	 * service rated (or replaced, or the kiosk closed) and is refused for that reason.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public Rating rate(@Nullable String token, UUID serviceId, String levelCode) {
		try {
			return inTransaction.execute(status -> rateOnce(token, serviceId, levelCode));
		}
		catch (OptimisticLockingFailureException kioskChangedMeanwhile) {
			return inTransaction.execute(status -> rateOnce(token, serviceId, levelCode));
		}
	}

	/** One attempt of {@link #rate}, in the caller's transaction. */
	Rating rateOnce(@Nullable String token, UUID serviceId, String levelCode) {
		Kiosk kiosk = byToken(token)
			.orElseThrow(() -> new RatingRefused(RatingRefused.Reason.FORBIDDEN, "rating.kiosk.not-open"));
		RatingLevel level = scale.require(levelCode);
		Instant now = clock.instant();
		Kiosk.Service service = kiosk.takeRating(serviceId, now, properties.kiosk().serviceLifetime());
		kiosks.save(kiosk);
		Rating rating = ratings.save(Rating.atKiosk(handling(kiosk, service), service.id(), kiosk.counterName(), level,
				now));
		events.publishEvent(RatingRecorded.of(rating, false, Actor.ANONYMOUS, now));
		return rating;
	}

	public int waitingRefreshSeconds() {
		return properties.kiosk().waitingRefreshSeconds();
	}

	public int thanksSeconds() {
		return properties.kiosk().thanksSeconds();
	}

	/** The service rated: the dossier the desk named, if any, and the officer who served at the counter. */
	private RatedHandling handling(Kiosk kiosk, Kiosk.Service service) {
		List<RatedOfficer> served = List.of(officers.officer(service.openedBy()));
		DossierHandling dossier = service.dossierCode() == null ? null
				: dossiers.handling(service.dossierCode()).orElse(null);
		if (dossier == null) {
			return new RatedHandling(kiosk.agencyCode(), null, null, null, null, null, served);
		}
		return new RatedHandling(dossier.agencyCode(), dossier.dossierId(), dossier.code(), dossier.procedureCode(),
				dossier.procedureName(), ratables.sectorCode(dossier), served);
	}

	private Kiosk kioskOf(UUID kioskId, Set<String> agencyCodes) {
		return kiosks.findById(kioskId)
			.filter(kiosk -> agencyCodes.contains(kiosk.agencyCode()) && kiosk.isOpenAt(clock.instant()))
			.orElseThrow(() -> new NotFoundException("rating.kiosk.unknown"));
	}

	private void publish(Kiosk kiosk, KioskChanged.Change change, @Nullable String dossierCode, Actor actor,
			Instant now) {
		events.publishEvent(new KioskChanged(actor, now, kiosk.id(), kiosk.agencyCode(), kiosk.counterName(), change,
				dossierCode));
	}

	private static String hash(String token) {
		return Sha256.of(token);
	}
}
