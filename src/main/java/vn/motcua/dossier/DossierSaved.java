package vn.motcua.dossier;

/**
 * A dossier was saved after a change that its other events describe (a new status, a hand-over),
 * with its facts as stored. Published once per such save, after those events, so that the reports'
 * read model keeps the facts without reading the dossier again.
 */
public record DossierSaved(DossierFacts facts) {
}
