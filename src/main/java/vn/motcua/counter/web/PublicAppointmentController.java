package vn.motcua.counter.web;

import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.motcua.catalog.CatalogManagement;
import vn.motcua.catalog.ProcedureSummary;
import vn.motcua.catalog.Sector;
import vn.motcua.counter.Appointment;
import vn.motcua.counter.AppointmentBooking;
import vn.motcua.counter.AppointmentContact;
import vn.motcua.organization.Agency;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.InvalidFieldException;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.RateLimits;
import vn.motcua.shared.TooManyRequestsException;

/**
 * The public pages of appointments, without sign-in and without script: choose an agency, a sector and a day,
 * then a slot, a procedure if one is known, and who comes; the confirmation with the code, and the
 * cancellation, both opened by the appointment's key that their link carries (decision 0037).
 */
@Controller
class PublicAppointmentController {

	/** The most procedures of a sector the form lists. */
	private static final int PROCEDURES_LISTED = 200;

	private final AppointmentBooking booking;
	private final CatalogManagement catalog;
	private final OrganizationManagement organization;
	private final RateLimits limits;
	private final Clock clock;

	PublicAppointmentController(AppointmentBooking booking, CatalogManagement catalog,
			OrganizationManagement organization, RateLimits limits, Clock clock) {
		this.booking = booking;
		this.organization = organization;
		this.catalog = catalog;
		this.limits = limits;
		this.clock = clock;
	}

	/**
	 * The form; once a sector and a day are chosen (a GET of its first part), the day's slots too. Before the
	 * agency exists (on the first start, until the demo data is loaded), a page that says booking is not open
	 * yet: the address is right, and it will open.
	 */
	@GetMapping("/appointments/new")
	String form(@ModelAttribute AppointmentForm appointmentForm, BindingResult binding, Model model) {
		if (booking.counterAgency().isEmpty()) {
			return "counter/appointments-not-open";
		}
		appointmentForm.withNewSubmissionKey();
		if (appointmentForm.getAgencyCode() == null || appointmentForm.getAgencyCode().isBlank()) {
			appointmentForm.setAgencyCode(booking.agency().code());
		}
		return page(appointmentForm, binding, model);
	}

	/** Books; on an error the page comes back with what was typed and the error at its field. */
	@PostMapping("/appointments")
	String book(@ModelAttribute AppointmentForm appointmentForm, BindingResult binding, Model model,
			HttpServletRequest request) {
		limit(request);
		if (binding.hasErrors()) {
			return page(appointmentForm, binding, model);
		}
		try {
			Appointment appointment = booking.book(appointmentForm.request(), appointmentForm.getSubmissionKey());
			return redirectTo(appointment, "booked");
		}
		catch (InvalidRequestException refused) {
			show(refused, binding, model);
			return page(appointmentForm, binding, model);
		}
	}

	/** The form of a booker who lost their appointment's link. */
	@GetMapping("/appointments/link")
	String lostLink(@ModelAttribute LostLinkForm lostLinkForm) {
		return "counter/appointment-link";
	}

	/**
	 * Sends the link again to the appointment's own contact if the code and the phone or e-mail are its own;
	 * the answer is the same whether they are, to stop anyone from trying codes or contacts.
	 */
	@PostMapping("/appointments/link")
	String sendLink(@ModelAttribute LostLinkForm lostLinkForm, BindingResult binding, HttpServletRequest request) {
		limit(request);
		String code = required(binding, "code", lostLinkForm.getCode());
		String contact = required(binding, "contact", lostLinkForm.getContact());
		if (code == null || contact == null) {
			return "counter/appointment-link";
		}
		booking.sendLinkAgain(code, contact);
		return "redirect:/appointments/link?sent";
	}

	/** The appointment, for whoever holds its key (the link of the confirmation and of the notices): 404 otherwise. */
	@GetMapping("/appointments/{code}")
	String show(@PathVariable String code, @RequestParam(name = AppointmentContact.KEY_PARAMETER, required = false)
			@Nullable String key, Model model, HttpServletRequest request) {
		limit(request);
		return page(booking.opened(code, key), model);
	}

	@PostMapping("/appointments/{code}/cancellation")
	String cancel(@PathVariable String code, @RequestParam(name = AppointmentContact.KEY_PARAMETER,
			defaultValue = "") String key, Model model, HttpServletRequest request) {
		limit(request);
		Appointment appointment = booking.opened(code, key);
		try {
			return redirectTo(booking.cancel(code, key), "cancelled");
		}
		catch (InvalidRequestException tooLate) {
			model.addAttribute("error", tooLate);
			return page(appointment, model);
		}
	}

	private String page(Appointment appointment, Model model) {
		model.addAttribute("appointment", appointment);
		model.addAttribute("key", booking.keyOf(appointment));
		model.addAttribute("sector", catalog.sector(appointment.sectorCode()).map(Sector::name).orElse(null));
		model.addAttribute("procedure", appointment.procedureCode() == null ? null
				: catalog.versionInForce(appointment.procedureCode(), clock.instant())
					.map(version -> version.content().name()).orElse(null));
		model.addAttribute("agency", organization.agency(appointment.agencyId()));
		return "counter/appointment";
	}

	/** The appointment's page with its key, and a flag of what was just done. */
	private String redirectTo(Appointment appointment, String done) {
		return "redirect:/appointments/" + appointment.code() + "?" + AppointmentContact.KEY_PARAMETER + "="
				+ booking.keyOf(appointment) + "&" + done;
	}

	/**
	 * The form of the agency chosen (the home agency's when it names none), with its days; once a sector and a
	 * day are chosen, the day's slots and the agency's procedures of the sector. An unknown agency is said so
	 * at its select, and the home agency's days are offered meanwhile.
	 */
	private String page(AppointmentForm form, BindingResult binding, Model model) {
		Agency agency;
		try {
			agency = booking.agency(form.getAgencyCode());
		}
		catch (InvalidFieldException unknown) {
			show(unknown, binding, model);
			agency = booking.agency();
			form.setAgencyCode(agency.code());
		}
		model.addAttribute("agency", agency);
		model.addAttribute("agencies", organization.agencies());
		model.addAttribute("sectors", catalog.sectors());
		model.addAttribute("days", booking.bookableDays(agency));
		String sectorCode = form.getSectorCode();
		if (sectorCode != null && !sectorCode.isBlank() && form.getDay() != null && !binding.hasFieldErrors("day")
				&& !binding.hasFieldErrors("agencyCode")) {
			try {
				model.addAttribute("slots", booking.slots(agency, form.getDay()));
				model.addAttribute("procedures", procedures(agency, sectorCode));
			}
			catch (InvalidRequestException refused) {
				show(refused, binding, model);
			}
		}
		return "counter/appointment-form";
	}

	/** The agency's procedures of the sector: a booking names only one the agency handles. */
	private List<ProcedureSummary> procedures(Agency agency, String sectorCode) {
		return catalog.procedures(null, sectorCode, List.of(agency.code()), 0, PROCEDURES_LISTED).items();
	}

	/** A rule's refusal at its field when the form has it, else at the top of the form. */
	private static void show(InvalidRequestException refused, BindingResult binding, Model model) {
		if (refused instanceof InvalidFieldException field && binding.getFieldType(field.field()) != null) {
			binding.rejectValue(field.field(), field.messageKey(), field.arguments(), field.messageKey());
		}
		else {
			model.addAttribute("error", refused);
		}
	}

	private static @Nullable String required(BindingResult binding, String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			binding.rejectValue(field, "counter.appointment.link." + field + ".required");
			return null;
		}
		return value;
	}

	private void limit(HttpServletRequest request) {
		if (!limits.tryAcquire("appointment", request.getRemoteAddr())) {
			throw new TooManyRequestsException();
		}
	}
}
