package vn.motcua.consultation.survey;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.shared.VietnamTime;

/**
 * A demo survey of the demo agency: a public business-satisfaction survey, open from the day it is
 * loaded for 30 days, with one question of each kind and two ratings. It lives here rather than in the
 * demo module, as the demo catalogue does in the catalogue's, because that module may not depend on
 * this one; it runs after the demo agency is loaded and is loaded once, by its title, whatever restarts.
 */
@Component
@ConditionalOnProperty(name = "motcua.demo.enabled", havingValue = "true")
@Order(10)
class DemoSurvey implements ApplicationRunner {

	static final String TITLE = "Khảo sát mức độ hài lòng của doanh nghiệp đối với việc giải quyết thủ tục hành chính "
			+ "tại Sở Công Thương";

	private static final Logger log = LoggerFactory.getLogger(DemoSurvey.class);

	private static final List<String> AREAS = List.of("Phường Cẩm Thành", "Phường Nghĩa Lộ",
			"Phường Trương Quang Trọng", "Xã Bình Sơn", "Xã Tịnh Khê", "Đặc khu Lý Sơn", "Phường Kon Tum",
			"Địa bàn khác");

	private final SurveyRepository surveys;
	private final MessageSource messages;
	private final Clock clock;
	private final String agencyCode;

	DemoSurvey(SurveyRepository surveys, MessageSource messages, Clock clock,
			@Value("${motcua.demo.agency-code}") String agencyCode) {
		this.surveys = surveys;
		this.messages = messages;
		this.clock = clock;
		this.agencyCode = agencyCode;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (surveys.existsByAgencyCodeAndTitle(agencyCode, TITLE)) {
			log.info("Demo survey already loaded, nothing to do");
			return;
		}
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, VietnamTime.ZONE);
		Survey survey = Survey.prepare(agencyCode, new SurveySettings(TITLE,
				"Sở Công Thương lấy ý kiến doanh nghiệp để cải thiện chất lượng giải quyết thủ tục hành chính.",
				SurveyAudience.PUBLIC, AREAS, today, today.plusDays(30), true), now);
		List<String> ratingLabels = Arrays.asList(
				messages.getMessage("survey.rating.labels", null, Locale.forLanguageTag("vi")).split("\\|"));
		survey.addQuestion(SurveyQuestion.of(SurveyQuestionKind.SINGLE_CHOICE,
				"Doanh nghiệp nộp hồ sơ bằng hình thức nào?", true, List.of("Trực tuyến trên Cổng Dịch vụ công",
						"Trực tiếp tại Bộ phận Một cửa", "Qua dịch vụ bưu chính công ích")));
		survey.addQuestion(SurveyQuestion.of(SurveyQuestionKind.MULTIPLE_CHOICE,
				"Doanh nghiệp đã thực hiện thủ tục thuộc lĩnh vực nào?", false,
				List.of("Lưu thông hàng hóa (rượu, thuốc lá)", "Kinh doanh xăng dầu", "Kinh doanh khí",
						"An toàn thực phẩm", "Điện", "Khác")));
		survey.addQuestion(SurveyQuestion.of(SurveyQuestionKind.RATING,
				"Mức độ hài lòng về thời gian giải quyết hồ sơ", true, ratingLabels));
		survey.addQuestion(SurveyQuestion.of(SurveyQuestionKind.RATING,
				"Mức độ hài lòng về thái độ phục vụ của công chức", true, ratingLabels));
		survey.addQuestion(SurveyQuestion.of(SurveyQuestionKind.FREE_TEXT,
				"Góp ý để Sở Công Thương phục vụ doanh nghiệp tốt hơn", false, List.of()));
		survey.open(now);
		surveys.save(survey);
		log.info("Demo survey loaded, open until {}", survey.closesOn());
	}
}
