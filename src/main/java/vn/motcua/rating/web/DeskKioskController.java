package vn.motcua.rating.web;

import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.motcua.identity.Role;
import vn.motcua.rating.CounterKiosks;
import vn.motcua.rating.Kiosk;
import vn.motcua.shared.InvalidRequestException;

/**
 * The desk's kiosks: open a kiosk on the tablet in hand (the officer is signed out of the tablet,
 * which keeps only the kiosk's token), open a service on a kiosk for the walk-in applicant in front
 * of it, close a kiosk at the end of the day.
 */
@Controller
@RequestMapping("/desk/kiosks")
class DeskKioskController {

	private final CounterKiosks kiosks;
	private final OfficerAgencies agencies;

	DeskKioskController(CounterKiosks kiosks, OfficerAgencies agencies) {
		this.kiosks = kiosks;
		this.agencies = agencies;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String code, Model model) {
		Set<String> codes = agencies.codes(Role.RECEPTION_OFFICER);
		model.addAttribute("kiosks", kiosks.openKiosks(codes).stream()
			.map(kiosk -> new KioskRow(kiosk, kiosks.waitingService(kiosk).orElse(null)))
			.toList());
		model.addAttribute("code", code);
		model.addAttribute("zone", vn.motcua.shared.VietnamTime.ZONE);
		return "rating/desk-kiosks";
	}

	record KioskRow(Kiosk kiosk, Kiosk.@Nullable Service service) {
	}

	/** Opens a kiosk on this device: the officer is signed out here and the device keeps the kiosk's token. */
	@PostMapping
	String open(@RequestParam(required = false) @Nullable String counterName, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		CounterKiosks.Opening opening;
		try {
			opening = kiosks.open(agencies.first(Role.RECEPTION_OFFICER), counterName == null ? "" : counterName);
		}
		catch (InvalidRequestException invalid) {
			model.addAttribute("openError", invalid);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return list(null, model);
		}
		ResponseCookie cookie = ResponseCookie.from(KioskController.TOKEN_COOKIE, opening.token())
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Strict")
			.path(request.getContextPath() + "/kiosk")
			.maxAge(opening.kiosk().expiresAt().getEpochSecond() - opening.kiosk().openedAt().getEpochSecond())
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
		new SecurityContextLogoutHandler().logout(request, response, SecurityContextHolder.getContext().getAuthentication());
		return "redirect:/kiosk";
	}

	@PostMapping("/{id}/services")
	String openService(@PathVariable UUID id, @RequestParam(required = false) @Nullable String dossierCode, Model model,
			HttpServletResponse response) {
		try {
			kiosks.openService(id, agencies.codes(Role.RECEPTION_OFFICER), dossierCode);
			return "redirect:/desk/kiosks?serviceOpened";
		}
		catch (InvalidRequestException invalid) {
			if (invalid instanceof vn.motcua.shared.NotFoundException) {
				throw invalid;
			}
			model.addAttribute("serviceError", invalid);
			model.addAttribute("serviceKiosk", id);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return list(dossierCode, model);
		}
	}

	@PostMapping("/{id}/closure")
	String close(@PathVariable UUID id) {
		kiosks.close(id, agencies.codes(Role.RECEPTION_OFFICER));
		return "redirect:/desk/kiosks?closed";
	}
}
