package vn.motcua.rating.web;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.motcua.identity.AccountManagement;
import vn.motcua.rating.ApplicantRating;
import vn.motcua.rating.Indicator;
import vn.motcua.rating.RatingInput;
import vn.motcua.rating.RatingManagement;
import vn.motcua.rating.RatingRefused;
import vn.motcua.rating.RatingScale;
import vn.motcua.shared.InvalidRequestException;

/** "Đánh giá mức độ hài lòng": the applicant rates the handling of their returned dossier. */
@Controller
@RequestMapping("/my/dossiers/{code}/rating")
class MyRatingController {

	private final RatingManagement ratings;
	private final RatingScale scale;
	private final AccountManagement accounts;

	MyRatingController(RatingManagement ratings, RatingScale scale, AccountManagement accounts) {
		this.ratings = ratings;
		this.scale = scale;
		this.accounts = accounts;
	}

	@GetMapping
	String show(@PathVariable String code, Model model, HttpServletResponse response) {
		try {
			return page(ratings.forApplicant(currentAccount(), code), model);
		}
		catch (RatingRefused refused) {
			return refused(code, refused, model, response);
		}
	}

	@PostMapping
	String rate(@PathVariable String code, @RequestParam(required = false) @Nullable String level,
			@RequestParam(required = false) @Nullable String comment, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response) {
		UUID account = currentAccount();
		try {
			if (level == null || level.isBlank()) {
				throw new InvalidRequestException("rating.level.required");
			}
			ratings.rate(account, code, new RatingInput(level, comment, indicators(form)));
			return "redirect:/my/dossiers/" + code + "/rating?saved";
		}
		catch (RatingRefused refused) {
			return refused(code, refused, model, response);
		}
		catch (InvalidRequestException invalid) {
			model.addAttribute("error", invalid);
			model.addAttribute("chosenLevel", level);
			model.addAttribute("chosenComment", comment);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(ratings.forApplicant(account, code), model);
		}
	}

	private String page(ApplicantRating rating, Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("rating", rating);
		model.addAttribute("levels", scale.levels().stream()
			.map(level -> new LevelOption(level.code(), scale.label(level.code(), locale))).toList());
		model.addAttribute("indicators", Indicator.values());
		Map<Indicator, Integer> scores = new EnumMap<>(Indicator.class);
		if (rating.rating() != null) {
			rating.rating().indicators().forEach(score -> scores.put(score.indicator(), score.score()));
			model.addAttribute("givenLabel", scale.label(rating.rating().levelCode(), locale));
		}
		model.addAttribute("scores", scores);
		model.addAttribute("changeableDays", ratings.changeableDays());
		model.addAttribute("zone", vn.motcua.shared.VietnamTime.ZONE);
		return "rating/my-rating";
	}

	private String refused(String code, RatingRefused refused, Model model, HttpServletResponse response) {
		response.setStatus(refused.reason().status());
		model.addAttribute("code", code);
		model.addAttribute("refused", refused);
		return "rating/my-rating-refused";
	}

	/** The indicators' scores from fields named {@code indicator-<NAME>}, ignoring anything unparseable. */
	private static Map<Indicator, Integer> indicators(Map<String, String> form) {
		Map<Indicator, Integer> scores = new EnumMap<>(Indicator.class);
		for (Indicator indicator : Indicator.values()) {
			String value = form.get("indicator-" + indicator.name());
			if (value != null && value.matches("[0-2]")) {
				scores.put(indicator, Integer.parseInt(value));
			}
		}
		return scores;
	}

	record LevelOption(String code, String label) {
	}

	private UUID currentAccount() {
		return accounts.currentUser().orElseThrow().accountId();
	}
}
