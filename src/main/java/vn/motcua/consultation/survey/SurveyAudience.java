package vn.motcua.consultation.survey;

/**
 * Who a survey asks. PUBLIC, BUSINESSES and CITIZENS are all answered on the public portal (the
 * latter two only describe whom the agency has in mind); STAFF only by the agency's signed-in officers.
 */
public enum SurveyAudience {
	PUBLIC, BUSINESSES, CITIZENS, STAFF;

	public boolean onThePortal() {
		return this != STAFF;
	}
}
