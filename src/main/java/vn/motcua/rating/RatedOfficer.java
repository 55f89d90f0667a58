package vn.motcua.rating;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An officer a rating counts for, with their name and unit as they were when the rating was given,
 * so that later moves between units never change past statistics.
 */
@Table("rating_officer")
public record RatedOfficer(String username, String fullName, @Nullable UUID unitId, @Nullable String unitName) {
}
