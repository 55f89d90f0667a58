package vn.motcua.rating.web;

import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.motcua.rating.CounterKiosks;
import vn.motcua.rating.Kiosk;
import vn.motcua.rating.RatingRefused;
import vn.motcua.rating.RatingScale;
import vn.motcua.shared.InvalidRequestException;

/**
 * The counter kiosk, full screen on a tablet at the desk: it waits (looking again every few seconds,
 * by a meta refresh that needs no script) until the desk opens a service, shows large buttons for
 * the walk-in applicant, thanks them and resets itself. It answers only to the kiosk token the desk
 * put on the tablet; forms carry their CSRF token like every other form.
 */
@Controller
@RequestMapping("/kiosk")
class KioskController {

	static final String TOKEN_COOKIE = "motcua-kiosk";

	private final CounterKiosks kiosks;
	private final RatingScale scale;

	KioskController(CounterKiosks kiosks, RatingScale scale) {
		this.kiosks = kiosks;
		this.scale = scale;
	}

	@GetMapping
	String screen(@CookieValue(name = TOKEN_COOKIE, required = false) @Nullable String token, Model model,
			HttpServletResponse response) {
		Kiosk kiosk = kiosks.byToken(token).orElse(null);
		if (kiosk == null) {
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			return state("closed", model);
		}
		model.addAttribute("kiosk", kiosk);
		Kiosk.Service service = kiosks.waitingService(kiosk).orElse(null);
		if (service == null) {
			model.addAttribute("refreshSeconds", kiosks.waitingRefreshSeconds());
			return state("waiting", model);
		}
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("service", service);
		model.addAttribute("levels", scale.levels().stream()
			.map(level -> new MyRatingController.LevelOption(level.code(), scale.label(level.code(), locale)))
			.toList());
		return state("rate", model);
	}

	@PostMapping("/ratings")
	String rate(@CookieValue(name = TOKEN_COOKIE, required = false) @Nullable String token,
			@RequestParam(required = false) @Nullable String service, @RequestParam(required = false) @Nullable String level,
			Model model, HttpServletResponse response) {
		try {
			UUID serviceId = service == null ? null : parse(service);
			if (serviceId == null) {
				throw new RatingRefused(RatingRefused.Reason.CONFLICT, "rating.kiosk.no-service");
			}
			kiosks.rate(token, serviceId, level == null ? "" : level);
			return "redirect:/kiosk/thanks";
		}
		catch (RatingRefused refused) {
			response.setStatus(refused.reason().status());
			model.addAttribute("refused", refused);
			model.addAttribute("refreshSeconds", kiosks.thanksSeconds());
			return state("refused", model);
		}
		catch (InvalidRequestException invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("refused", invalid);
			model.addAttribute("refreshSeconds", kiosks.thanksSeconds());
			return state("refused", model);
		}
	}

	@GetMapping("/thanks")
	String thanks(Model model) {
		model.addAttribute("refreshSeconds", kiosks.thanksSeconds());
		return state("thanks", model);
	}

	private static String state(String state, Model model) {
		model.addAttribute("state", state);
		return "rating/kiosk";
	}

	private static @Nullable UUID parse(String service) {
		try {
			return UUID.fromString(service);
		}
		catch (IllegalArgumentException malformed) {
			return null;
		}
	}
}
