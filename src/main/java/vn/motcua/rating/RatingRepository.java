package vn.motcua.rating;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface RatingRepository extends ListCrudRepository<Rating, UUID> {

	Optional<Rating> findByAccountIdAndDossierId(UUID accountId, UUID dossierId);

	Optional<Rating> findByKioskServiceId(UUID kioskServiceId);
}
