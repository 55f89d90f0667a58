package vn.motcua.rating;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface KioskRepository extends ListCrudRepository<Kiosk, UUID> {

	Optional<Kiosk> findByTokenHash(String tokenHash);

	List<Kiosk> findByAgencyCodeAndClosedAtIsNullAndExpiresAtAfterOrderByCounterName(String agencyCode, Instant now);
}
