package vn.motcua.consultation;

/** Who is asked: anyone on the portal, or only the agency's signed-in officers (grassroots democracy in the office). */
public enum ConsultationAudience {
	PUBLIC,
	STAFF
}
