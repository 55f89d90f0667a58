package vn.motcua.dossier;

/** A dossier an officer opens from their queue, and in which capacity. */
public record DossierInHand(Dossier dossier, Capacity capacity) {

	public enum Capacity {
		/** The holder of its current step, who acts on it (and, while it is away, reads it). */
		HOLDER,
		/** An officer of the co-agency it was handed to (liên thông), who may only give it back. */
		CO_AGENCY,
		/** The unit head or leader overseeing its current step, who may give the step to another officer. */
		OVERSEER
	}
}
