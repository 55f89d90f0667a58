package vn.motcua.calendar.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.calendar.CalendarManagement;
import vn.motcua.calendar.CalendarOverride;
import vn.motcua.calendar.LunarCalendar;
import vn.motcua.calendar.OverrideKind;
import vn.motcua.organization.Agency;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.NotFoundException;

/** Administrators list a year's overrides, add one, and remove one. */
@Controller
@RequestMapping("/admin/calendar/overrides")
class OverrideAdminController {

	private final CalendarManagement management;
	private final OrganizationManagement organization;
	private final Clock clock;

	OverrideAdminController(CalendarManagement management, OrganizationManagement organization, Clock clock) {
		this.management = management;
		this.organization = organization;
		this.clock = clock;
	}

	@ModelAttribute("kinds")
	OverrideKind[] kinds() {
		return OverrideKind.values();
	}

	@ModelAttribute("agencies")
	List<Agency> agencies() {
		return organization.agencies();
	}

	@GetMapping
	String list(@RequestParam(required = false) Integer year, Model model) {
		model.addAttribute("overrideForm", new OverrideForm());
		return page(year == null ? LocalDate.now(clock).getYear() : year, model);
	}

	@PostMapping
	String add(@Valid @ModelAttribute("overrideForm") OverrideForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		int year = form.getDate() == null ? LocalDate.now(clock).getYear() : form.getDate().getYear();
		if (!errors.hasErrors() && form.getDate() != null && form.getKind() != null) {
			try {
				management.addOverride(form.getDate(), form.getName(), form.getKind(), form.getAgencyId());
				redirect.addFlashAttribute("added", form.getDate());
				return "redirect:/admin/calendar/overrides?year=" + year;
			}
			catch (NotFoundException e) {
				errors.rejectValue("agencyId", "calendar.override.agency.not-found");
			}
			catch (InvalidRequestException e) {
				errors.rejectValue("date", e.messageKey(), e.arguments(), e.messageKey());
			}
		}
		return page(LunarCalendar.supports(year) ? year : LocalDate.now(clock).getYear(), model);
	}

	@PostMapping("/{id}/delete")
	String remove(@PathVariable UUID id, @RequestParam int year, RedirectAttributes redirect) {
		try {
			management.removeOverride(id);
			redirect.addFlashAttribute("removed", true);
		}
		catch (NotFoundException e) {
			redirect.addFlashAttribute("missing", true);
		}
		return "redirect:/admin/calendar/overrides?year=" + year;
	}

	private String page(int year, Model model) {
		if (!LunarCalendar.supports(year)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		List<CalendarOverride> overrides = management.overrides(year);
		Map<UUID, String> agencyNames = organization.agencies().stream()
			.collect(Collectors.toMap(Agency::id, Agency::name, (a, b) -> a));
		model.addAttribute("year", year);
		model.addAttribute("overrides", overrides);
		model.addAttribute("agencyNames", agencyNames);
		model.addAttribute("previousYear", LunarCalendar.supports(year - 1) ? year - 1 : null);
		model.addAttribute("nextYear", LunarCalendar.supports(year + 1) ? year + 1 : null);
		return "calendar/overrides";
	}
}
