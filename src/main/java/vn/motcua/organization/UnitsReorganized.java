package vn.motcua.organization;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import vn.motcua.shared.Actor;

/**
 * Units of an agency merged or split: each unit that ended passes its open work to one successor
 * ({@link #openWorkTo()}) and the catalogue's process steps that name it to one successor
 * ({@link #processStepsTo()}; the same one for a merge). Published inside the reorganising transaction
 * for the modules that keep work at units (dossier steps, petitions, the catalogue's drafts): they
 * listen synchronously (a plain {@code @EventListener}, as for {@code AccountDisabled}, decision 0033),
 * move their own rows, and {@linkplain #workMoved(int) count} what they moved, so that nothing is left
 * waiting at a unit that no longer exists and the administrator is told how much moved. Not for the
 * outbox: the counts are read as soon as it is published. The audit trail records the change from
 * {@link OrganizationChanged}.
 */
public final class UnitsReorganized {

	private final Actor actor;
	private final Instant occurredAt;
	private final UUID agencyId;
	private final ReorganizationKind kind;
	private final LocalDate effectiveOn;
	private final Map<UUID, UUID> openWorkTo;
	private final Map<UUID, UUID> processStepsTo;
	private int workMoved;
	private int processStepsMoved;

	UnitsReorganized(Actor actor, Instant occurredAt, UUID agencyId, ReorganizationKind kind, LocalDate effectiveOn,
			Map<UUID, UUID> openWorkTo, Map<UUID, UUID> processStepsTo) {
		this.actor = actor;
		this.occurredAt = occurredAt;
		this.agencyId = agencyId;
		this.kind = kind;
		this.effectiveOn = effectiveOn;
		this.openWorkTo = Map.copyOf(openWorkTo);
		this.processStepsTo = Map.copyOf(processStepsTo);
	}

	/** The administrator who recorded the merge or split. */
	public Actor actor() {
		return actor;
	}

	public Instant occurredAt() {
		return occurredAt;
	}

	public UUID agencyId() {
		return agencyId;
	}

	public ReorganizationKind kind() {
		return kind;
	}

	public LocalDate effectiveOn() {
		return effectiveOn;
	}

	/** Each unit that ended, with the successor that takes its open work. */
	public Map<UUID, UUID> openWorkTo() {
		return openWorkTo;
	}

	/** Each unit that ended, with the successor that takes the catalogue's steps naming it. */
	public Map<UUID, UUID> processStepsTo() {
		return processStepsTo;
	}

	/** Why the work moved, as a module's history of a record says it. */
	public String reason() {
		return "unit " + kind.name().toLowerCase(Locale.ROOT) + " effective " + effectiveOn;
	}

	/** A listener moved {@code count} pieces of open work (dossiers, petitions) to a successor. */
	public void workMoved(int count) {
		workMoved += count;
	}

	/** A listener moved {@code count} catalogue process steps to a successor. */
	public void processStepsMoved(int count) {
		processStepsMoved += count;
	}

	public int workMovedCount() {
		return workMoved;
	}

	public int processStepsMovedCount() {
		return processStepsMoved;
	}

	@Override
	public String toString() {
		return "UnitsReorganized[" + kind + " " + openWorkTo + ", work moved " + workMoved + ", steps moved "
				+ processStepsMoved + "]";
	}
}
