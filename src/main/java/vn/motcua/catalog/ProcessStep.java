package vn.motcua.catalog;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.motcua.identity.Role;

/**
 * A step of the internal process (quy trình nội bộ): what is done, by which officer role, in which
 * unit of the organization module (optional), and its share of the processing time, in the
 * procedure's time unit.
 */
public record ProcessStep(String name, Role role, @Nullable UUID unitId, BigDecimal share) {

	public ProcessStep {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(role, "role");
		Objects.requireNonNull(share, "share");
	}
}
