package vn.motcua.consultation.survey;

/**
 * What the signed-in officer may do with a survey of their agency, so that a page offers only that: each
 * other action would be refused (403). The People's Inspection Board does none of them.
 *
 * @param prepare change its settings and questions while it is being prepared
 * @param decide open, extend and close it
 * @param enterPaper enter the paper forms handed in while it is open
 */
public record SurveyActions(boolean prepare, boolean decide, boolean enterPaper) {
}
