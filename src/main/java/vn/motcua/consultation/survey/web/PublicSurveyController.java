package vn.motcua.consultation.survey.web;

import java.time.Clock;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.motcua.consultation.survey.Survey;
import vn.motcua.consultation.survey.SurveyAnswersRefused;
import vn.motcua.consultation.survey.SurveyIntake;
import vn.motcua.consultation.survey.SurveyManagement;
import vn.motcua.consultation.survey.SurveyStanding;
import vn.motcua.consultation.survey.SurveySummary;
import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.CurrentUser;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.ListPage;
import vn.motcua.shared.PageLinks;
import vn.motcua.shared.QueueCursor;
import vn.motcua.shared.RateLimits;
import vn.motcua.shared.TooManyRequestsException;

/** The public survey pages: the surveys on the portal, a survey's form (or why not), its published results. */
@Controller
class PublicSurveyController {

	private final SurveyManagement surveys;
	private final SurveyIntake intake;
	private final AccountManagement accounts;
	private final RateLimits limits;
	private final Clock clock;

	PublicSurveyController(SurveyManagement surveys, SurveyIntake intake, AccountManagement accounts,
			RateLimits limits, Clock clock) {
		this.surveys = surveys;
		this.intake = intake;
		this.accounts = accounts;
		this.limits = limits;
		this.clock = clock;
	}

	/** A page of the surveys, those not yet open announced with their opening day. */
	@GetMapping("/surveys")
	String list(@RequestParam(required = false) @Nullable String after, Model model) {
		ListPage<SurveySummary> page = surveys.publicSurveys(false, QueueCursor.parse(after), ListPage.DEFAULT_SIZE);
		model.addAttribute("surveys", page.items());
		model.addAttribute("now", clock.instant());
		PageLinks.addTo(model, page.next(), after);
		return "consultation/survey-list";
	}

	@GetMapping("/surveys/{id}")
	String survey(@PathVariable UUID id, Model model) {
		SurveyForms.blank(model);
		return page(surveys.respondentSurvey(id, user()), model);
	}

	@PostMapping("/surveys/{id}/responses")
	String respond(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> sent, Model model,
			HttpServletRequest request) {
		CurrentUser user = user();
		Survey survey = surveys.respondentSurvey(id, user);
		if (user == null && !limits.tryAcquire("survey", request.getRemoteAddr())) {
			throw new TooManyRequestsException();
		}
		try {
			intake.respond(id, sent.getFirst("area"), SurveyForms.answers(survey, sent), user,
					sent.getFirst("submissionKey"));
			return "redirect:/surveys/" + id + "?responded";
		}
		catch (SurveyAnswersRefused refused) {
			SurveyForms.refused(model, sent, refused);
			return page(survey, model);
		}
		catch (InvalidRequestException invalid) {
			SurveyForms.blank(model);
			model.addAttribute("error", invalid);
			return page(survey, model);
		}
	}

	private String page(Survey survey, Model model) {
		CurrentUser user = user();
		SurveyStanding standing = survey.standing(clock.instant());
		model.addAttribute("survey", survey);
		model.addAttribute("standing", standing);
		model.addAttribute("responded", user != null && intake.hasResponded(survey.id(), user));
		if (survey.resultsPublicAt(clock.instant())) {
			model.addAttribute("results", surveys.publishedResults(survey.id()));
		}
		return "consultation/survey";
	}

	private @Nullable CurrentUser user() {
		return accounts.currentUser().orElse(null);
	}
}
