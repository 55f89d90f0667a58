package vn.motcua.dossier;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

import vn.motcua.identity.Role;

/**
 * A step of the dossier's internal process (quy trình nội bộ), planned at receipt from the procedure
 * version: who acts (a role, in a unit where the procedure names one, or the one officer the previous
 * step assigned), and by when (the step's share of the processing time, counted on the working
 * calendar from the clock start).
 */
@Table("dossier_step")
public record DossierStep(String name, Role role, @Nullable UUID unitId, BigDecimal share, LocalDateTime dueAt,
		@Nullable Instant startedAt, @Nullable Instant finishedAt, @Nullable UUID holderAccountId) {

	DossierStep start(Instant now) {
		return new DossierStep(name, role, unitId, share, dueAt, now, null, holderAccountId);
	}

	/** Starts the step for one named officer (assigned by the previous step), or for any holder of the role. */
	DossierStep startFor(@Nullable UUID holder, Instant now) {
		return new DossierStep(name, role, unitId, share, dueAt, now, null, holder);
	}

	/** The same step for another officer, or with none for any holder of the role. */
	DossierStep assignTo(@Nullable UUID holder) {
		return new DossierStep(name, role, unitId, share, dueAt, startedAt, finishedAt, holder);
	}

	/** The same step for every holder of its role in that unit (none: in the agency), assigned to nobody. */
	DossierStep handBackTo(@Nullable UUID unit) {
		return new DossierStep(name, role, unit, share, dueAt, startedAt, finishedAt, null);
	}

	/** The same step at the unit that succeeded its own (merged or split), still for the same holder. */
	DossierStep movedTo(UUID unit) {
		return new DossierStep(name, role, unit, share, dueAt, startedAt, finishedAt, holderAccountId);
	}

	DossierStep finish(Instant now) {
		return new DossierStep(name, role, unitId, share, dueAt, startedAt, now, holderAccountId);
	}

	DossierStep due(LocalDateTime newDue) {
		return new DossierStep(name, role, unitId, share, newDue, startedAt, finishedAt, holderAccountId);
	}
}
