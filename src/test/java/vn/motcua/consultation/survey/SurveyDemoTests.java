package vn.motcua.consultation.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.testing.WebTest;

/** After the demo seeding the demo agency has its open business-satisfaction survey, loaded once. */
@WebTest
class SurveyDemoTests {

	@Autowired
	DemoSurvey demoSurvey;

	@Autowired
	SurveyRepository surveys;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDemoAgencyHasAnOpenPublicSurveyWithOneQuestionOfEachKind() {
		Survey survey = demo().get(0);

		assertThat(survey.agencyCode()).isEqualTo("000.00.31.H55");
		assertThat(survey.audience()).isEqualTo(SurveyAudience.PUBLIC);
		assertThat(survey.standing(Instant.now())).isEqualTo(SurveyStanding.OPEN);
		assertThat(survey.questions()).extracting(SurveyQuestion::kind).containsExactly(
				SurveyQuestionKind.SINGLE_CHOICE, SurveyQuestionKind.MULTIPLE_CHOICE, SurveyQuestionKind.RATING,
				SurveyQuestionKind.RATING, SurveyQuestionKind.FREE_TEXT);
		assertThat(survey.areas()).contains("Phường Cẩm Thành", "Đặc khu Lý Sơn");
	}

	@Test
	void seedingAgainLoadsNothingTwice() {
		demoSurvey.run(new DefaultApplicationArguments());

		assertThat(demo()).hasSize(1);
	}

	private List<Survey> demo() {
		return surveys.findByAgencyCodeOrderByOpensOnDesc("000.00.31.H55").stream()
			.filter(survey -> survey.title().equals(DemoSurvey.TITLE)).toList();
	}
}
