package vn.motcua.dossier;

/**
 * A dossier an officer opens from their queue, and in which capacity: the holder of its current step,
 * or an officer of the co-agency it was handed to (liên thông), who may only give it back.
 */
public record DossierInHand(Dossier dossier, boolean forCoAgency) {
}
