package vn.motcua.consultation;

/** An individual, whose name the synthesis masks, or an organisation, which it names. */
public enum CommenterKind {
	INDIVIDUAL,
	ORGANISATION
}
