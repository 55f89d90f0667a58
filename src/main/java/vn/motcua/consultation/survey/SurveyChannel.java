package vn.motcua.consultation.survey;

/** How a response came: answered online, or a paper form (phiếu lấy ý kiến) an officer entered. */
public enum SurveyChannel {
	ONLINE, PAPER
}
