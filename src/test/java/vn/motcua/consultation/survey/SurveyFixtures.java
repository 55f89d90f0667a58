package vn.motcua.consultation.survey;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import vn.motcua.identity.CurrentUser;
import vn.motcua.shared.VietnamTime;

/** Surveys for the tests, with names that say what they are. */
final class SurveyFixtures {

	static final List<String> AREAS = List.of("Phường Cẩm Thành", "Xã Tịnh Phong", "Huyện Bình Sơn (cũ)");

	private SurveyFixtures() {
	}

	static LocalDate today() {
		return LocalDate.now(VietnamTime.ZONE);
	}

	/** Settings of a public survey that takes responses from today for a month, results published. */
	static SurveySettings aPublicSurvey(String title) {
		return new SurveySettings(title, "Đánh giá mức độ hài lòng của doanh nghiệp", SurveyAudience.BUSINESSES,
				AREAS, today(), today().plusMonths(1), true);
	}

	static SurveySettings aStaffSurvey(String title) {
		return new SurveySettings(title, "Ý kiến cán bộ về môi trường làm việc", SurveyAudience.STAFF, AREAS, today(),
				today().plusMonths(1), true);
	}

	/** Four questions, one of each kind: single choice (required), multiple choice, rating (required), free text. */
	static List<SurveyQuestionDraft> aQuestionnaire() {
		return List.of(
				new SurveyQuestionDraft(SurveyQuestionKind.SINGLE_CHOICE, "Doanh nghiệp đã nộp hồ sơ theo cách nào?",
						true, List.of("Trực tuyến", "Trực tiếp", "Qua bưu chính")),
				new SurveyQuestionDraft(SurveyQuestionKind.MULTIPLE_CHOICE, "Thủ tục nào doanh nghiệp đã thực hiện?",
						false, List.of("Cấp phép bán lẻ rượu", "Cấp phép kinh doanh xăng dầu", "Khác")),
				new SurveyQuestionDraft(SurveyQuestionKind.RATING, "Mức độ hài lòng chung", true, List.of()),
				new SurveyQuestionDraft(SurveyQuestionKind.FREE_TEXT, "Góp ý khác", false, List.of()));
	}

	/** A survey with {@link #aQuestionnaire()}, prepared and opened by the officer (a unit head or the leader). */
	static Survey opened(SurveyManagement surveys, SurveySettings settings, CurrentUser officer) {
		Survey survey = surveys.prepare(settings, officer);
		aQuestionnaire().forEach(draft -> surveys.addQuestion(survey.id(), draft, officer, Locale.forLanguageTag("vi")));
		return surveys.open(survey.id(), officer);
	}

	static SurveyQuestion question(SurveyQuestionDraft draft) {
		List<String> options = draft.kind() == SurveyQuestionKind.RATING
				? List.of("Rất không hài lòng", "Không hài lòng", "Bình thường", "Hài lòng", "Rất hài lòng")
				: draft.options();
		return SurveyQuestion.of(draft.kind(), draft.wording(), draft.required(), options);
	}
}
