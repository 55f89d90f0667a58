package vn.motcua.dossier;

/** A dossier's applicant: a citizen, an organisation or a business (glossary: Applicant). */
public enum ApplicantKind {
	CITIZEN,
	ORGANIZATION,
	BUSINESS
}
