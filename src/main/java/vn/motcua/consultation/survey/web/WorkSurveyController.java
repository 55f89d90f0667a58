package vn.motcua.consultation.survey.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.consultation.survey.Survey;
import vn.motcua.consultation.survey.SurveyAudience;
import vn.motcua.consultation.survey.SurveyManagement;
import vn.motcua.consultation.survey.SurveyQuestionDraft;
import vn.motcua.consultation.survey.SurveyQuestionKind;
import vn.motcua.consultation.survey.SurveySettings;
import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.CurrentUser;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.RequiredFields;

/**
 * The officers' survey builder, plain form posts that work without script: settings, each question
 * added, changed, moved or removed (its options one a line), then opened, extended or closed; and the
 * results with the free-text answers. Refused settings or a refused question come back as typed, each
 * reason beside its field; another refused change comes back to the survey's page with its reason.
 */
@Controller
class WorkSurveyController {

	/** The prefix of the new question's field ids; a question's own is {@code q} and its position. */
	private static final String NEW_QUESTION = "new";
	private static final String QUESTION = "q";

	private final SurveyManagement surveys;
	private final AccountManagement accounts;
	private final MessageSource messages;

	WorkSurveyController(SurveyManagement surveys, AccountManagement accounts, MessageSource messages) {
		this.surveys = surveys;
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping("/work/surveys")
	String list(Model model) {
		model.addAttribute("surveys", surveys.agencySurveys(user()));
		model.addAttribute("mayPrepare", surveys.mayPrepare(user()));
		return "consultation/survey-work-list";
	}

	@GetMapping("/work/surveys/new")
	String newSurvey(Model model) {
		model.addAttribute("settingsForm", new SurveySettingsForm());
		return settingsPage(model);
	}

	@PostMapping("/work/surveys")
	String prepare(@ModelAttribute("settingsForm") SurveySettingsForm form, BindingResult binding, Model model) {
		Survey prepared = settingsSaved(form, binding, settings -> surveys.prepare(settings, user()));
		return prepared == null ? settingsPage(model) : "redirect:/work/surveys/" + prepared.id();
	}

	@GetMapping("/work/surveys/{id}")
	String survey(@PathVariable UUID id, Model model) {
		Survey survey = surveys.officerSurvey(id, user());
		model.addAttribute("settingsForm", SurveySettingsForm.of(survey.settings()));
		return surveyPage(survey, model);
	}

	@PostMapping("/work/surveys/{id}/settings")
	String settings(@PathVariable UUID id, @ModelAttribute("settingsForm") SurveySettingsForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		Survey survey = surveys.officerSurvey(id, user());
		if (settingsSaved(form, binding, settings -> surveys.changeSettings(id, settings, user())) == null) {
			return surveyPage(survey, model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/work/surveys/" + id;
	}

	@PostMapping("/work/surveys/{id}/questions")
	String addQuestion(@PathVariable UUID id, @ModelAttribute("questionForm") SurveyQuestionForm form,
			BindingResult binding, Locale locale, Model model, RedirectAttributes redirect) {
		return questionSaved(id, NEW_QUESTION, form, binding, model, redirect,
				draft -> surveys.addQuestion(id, draft, user(), locale));
	}

	@PostMapping("/work/surveys/{id}/questions/{position}")
	String changeQuestion(@PathVariable UUID id, @PathVariable int position,
			@ModelAttribute("questionForm") SurveyQuestionForm form, BindingResult binding, Locale locale, Model model,
			RedirectAttributes redirect) {
		return questionSaved(id, QUESTION + position, form, binding, model, redirect,
				draft -> surveys.changeQuestion(id, position, draft, user(), locale));
	}

	@PostMapping("/work/surveys/{id}/questions/{position}/move")
	String move(@PathVariable UUID id, @PathVariable int position, @RequestParam int step, RedirectAttributes redirect) {
		return changed(id, redirect, () -> surveys.moveQuestion(id, position, step, user()));
	}

	@PostMapping("/work/surveys/{id}/questions/{position}/removal")
	String remove(@PathVariable UUID id, @PathVariable int position, RedirectAttributes redirect) {
		return changed(id, redirect, () -> surveys.removeQuestion(id, position, user()));
	}

	@PostMapping("/work/surveys/{id}/open")
	String open(@PathVariable UUID id, RedirectAttributes redirect) {
		return changed(id, redirect, () -> surveys.open(id, user()));
	}

	@PostMapping("/work/surveys/{id}/extension")
	String extend(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate closesOn,
			RedirectAttributes redirect) {
		return changed(id, redirect, () -> {
			if (closesOn == null) {
				throw new InvalidRequestException("survey.extend.not-later");
			}
			return surveys.extend(id, closesOn, user());
		});
	}

	@PostMapping("/work/surveys/{id}/close")
	String close(@PathVariable UUID id, RedirectAttributes redirect) {
		return changed(id, redirect, () -> surveys.close(id, user()));
	}

	@GetMapping("/work/surveys/{id}/results")
	String results(@PathVariable UUID id, Model model) {
		model.addAttribute("survey", surveys.officerSurvey(id, user()));
		model.addAttribute("results", surveys.results(id, user()));
		return "consultation/survey-work-results";
	}

	/**
	 * The settings saved, or null with each refusal at its field (a date left empty, a rule broken) and
	 * the page to show again with what was typed.
	 */
	private @Nullable Survey settingsSaved(SurveySettingsForm form, BindingResult binding,
			Function<SurveySettings, Survey> save) {
		RequiredFields.require(binding, "opensOn", form.getOpensOn(), "survey.dates.invalid");
		RequiredFields.require(binding, "closesOn", form.getClosesOn(), "survey.dates.invalid");
		if (binding.hasErrors()) {
			return null;
		}
		try {
			return save.apply(form.settings());
		}
		catch (NotFoundException unknown) {
			throw unknown;
		}
		catch (InvalidRequestException refused) {
			BuilderFields.reject(refused, binding);
			return null;
		}
	}

	/**
	 * The question saved and back to the survey's page; or the page again with the question as typed
	 * and each refusal at its field, in the form it was sent from ({@code prefix}: the ids of its fields).
	 */
	private String questionSaved(UUID id, String prefix, SurveyQuestionForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, Function<SurveyQuestionDraft, Survey> save) {
		Survey survey = surveys.officerSurvey(id, user());
		SurveyQuestionDraft draft = form.draft();
		if (draft == null && !binding.hasFieldErrors("kind")) {
			binding.rejectValue("kind", "survey.question.kind.missing");
		}
		if (!binding.hasErrors() && draft != null) {
			try {
				save.apply(draft);
				redirect.addFlashAttribute("saved", true);
				return "redirect:/work/surveys/" + id;
			}
			catch (NotFoundException unknown) {
				throw unknown;
			}
			catch (InvalidRequestException refused) {
				BuilderFields.reject(refused, binding);
			}
		}
		model.addAttribute("refusedQuestion", prefix);
		model.addAttribute("settingsForm", SurveySettingsForm.of(survey.settings()));
		return surveyPage(survey, model);
	}

	/**
	 * The change, then back to the survey's page with a note that it was saved or why it was refused
	 * (as text: the flash attributes may be stored with the session). A survey unknown to the officer
	 * (another agency's) stays not found, as on its page.
	 */
	private String changed(UUID id, RedirectAttributes redirect, Supplier<Survey> change) {
		try {
			change.get();
			redirect.addFlashAttribute("saved", true);
		}
		catch (NotFoundException unknown) {
			throw unknown;
		}
		catch (InvalidRequestException refused) {
			redirect.addFlashAttribute("refusal", messages.getMessage(refused.messageKey(), refused.arguments(),
					LocaleContextHolder.getLocale()));
		}
		return "redirect:/work/surveys/" + id;
	}

	private String surveyPage(Survey survey, Model model) {
		model.addAttribute("survey", survey);
		model.addAttribute("actions", surveys.actions(survey, user()));
		return settingsPage(model);
	}

	private String settingsPage(Model model) {
		model.addAttribute("audiences", SurveyAudience.values());
		model.addAttribute("kinds", SurveyQuestionKind.values());
		return "consultation/survey-work";
	}

	private CurrentUser user() {
		return accounts.currentUser().orElseThrow();
	}
}
