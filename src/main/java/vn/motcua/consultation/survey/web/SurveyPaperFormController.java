package vn.motcua.consultation.survey.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.consultation.survey.Survey;
import vn.motcua.consultation.survey.SurveyAnswersRefused;
import vn.motcua.consultation.survey.SurveyIntake;
import vn.motcua.consultation.survey.SurveyManagement;
import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.CurrentUser;
import vn.motcua.shared.InvalidRequestException;

/**
 * An officer enters a paper form (phiếu lấy ý kiến) collected at the counter or in the field, one after
 * another; the one-stop desk finds the agency's open surveys in a list of its own, as it reads nothing
 * else of them.
 */
@Controller
class SurveyPaperFormController {

	private final SurveyManagement surveys;
	private final SurveyIntake intake;
	private final AccountManagement accounts;

	SurveyPaperFormController(SurveyManagement surveys, SurveyIntake intake, AccountManagement accounts) {
		this.surveys = surveys;
		this.intake = intake;
		this.accounts = accounts;
	}

	@GetMapping("/work/surveys/paper")
	String list(Model model) {
		model.addAttribute("surveys", surveys.paperFormSurveys(user()));
		return "consultation/survey-paper-list";
	}

	@GetMapping("/work/surveys/{id}/paper")
	String form(@PathVariable UUID id, Model model) {
		SurveyForms.blank(model);
		return page(surveys.paperFormSurvey(id, user()), model);
	}

	@PostMapping("/work/surveys/{id}/paper")
	String enter(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> sent, Model model,
			RedirectAttributes redirect) {
		Survey survey = surveys.paperFormSurvey(id, user());
		try {
			intake.enterPaperForm(id, sent.getFirst("area"), SurveyForms.answers(survey, sent), user(),
					sent.getFirst("submissionKey"));
			redirect.addFlashAttribute("entered", true);
			return "redirect:/work/surveys/" + id + "/paper";
		}
		catch (SurveyAnswersRefused refused) {
			SurveyForms.refused(model, sent, refused);
		}
		catch (InvalidRequestException invalid) {
			SurveyForms.blank(model);
			model.addAttribute("error", invalid);
		}
		return page(survey, model);
	}

	private static String page(Survey survey, Model model) {
		model.addAttribute("survey", survey);
		return "consultation/survey-paper";
	}

	private CurrentUser user() {
		return accounts.currentUser().orElseThrow();
	}
}
