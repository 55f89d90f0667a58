package vn.motcua.disclosure;

/** Who a publication is for: anyone on the portal, or only the agency's own officers. */
public enum DisclosureAudience {
	PUBLIC,
	STAFF
}
