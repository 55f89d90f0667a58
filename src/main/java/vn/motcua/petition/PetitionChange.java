package vn.motcua.petition;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/** One step of a petition's history: what was done, when, by whom, and why. */
@Table("petition_change")
public record PetitionChange(String action, Instant changedAt, String actor, @Nullable String note) {
}
