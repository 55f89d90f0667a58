package vn.motcua.counter.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.motcua.counter.DeskAppointments;
import vn.motcua.identity.AccountManagement;

/** The desk's list of a day's appointments (today unless another day is chosen), without script. */
@Controller
class DeskAppointmentsController {

	private final DeskAppointments appointments;
	private final AccountManagement accounts;

	DeskAppointmentsController(DeskAppointments appointments, AccountManagement accounts) {
		this.appointments = appointments;
		this.accounts = accounts;
	}

	@GetMapping("/desk/appointments")
	String day(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
			Model model) {
		LocalDate shown = day == null ? appointments.today() : day;
		model.addAttribute("day", shown);
		model.addAttribute("appointments", appointments.ofDay(shown,
				accounts.currentUser().orElseThrow(() -> new AccessDeniedException("Not signed in"))));
		return "counter/desk-appointments";
	}
}
