package vn.motcua.counter.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.motcua.counter.AppointmentBooking;
import vn.motcua.counter.CounterQueue;
import vn.motcua.counter.QueueTicket;
import vn.motcua.counter.QueueTicketStatus;
import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.CurrentUser;
import vn.motcua.organization.Agency;
import vn.motcua.shared.InvalidRequestException;

/**
 * The desk's queue page: give a walk-in visitor a number or check in an appointment (each opens the
 * ticket's slip to print), call the next, mark the called served or absent; and the waiting room's display.
 */
@Controller
class DeskQueueController {

	private final CounterQueue queue;
	private final AppointmentBooking booking;
	private final AccountManagement accounts;

	DeskQueueController(CounterQueue queue, AppointmentBooking booking, AccountManagement accounts) {
		this.queue = queue;
		this.booking = booking;
		this.accounts = accounts;
	}

	@GetMapping("/desk/queue")
	String page(@RequestParam(required = false) @Nullable String none, Model model) {
		if (!queue.isDesk(desk())) {
			throw new AccessDeniedException("Not a desk officer of the agency");
		}
		model.addAttribute("none", none != null);
		return page(model);
	}

	@PostMapping("/desk/queue/tickets")
	String walkIn() {
		return "redirect:/desk/queue/tickets/" + queue.issueWalkIn(desk()).id() + "/slip";
	}

	@PostMapping("/desk/queue/check-ins")
	String checkIn(@RequestParam(defaultValue = "") String code, Model model) {
		try {
			if (code.isBlank()) {
				throw new InvalidRequestException("counter.queue.check-in.code-required");
			}
			return "redirect:/desk/queue/tickets/" + queue.checkIn(code, desk()).id() + "/slip";
		}
		catch (InvalidRequestException refused) {
			model.addAttribute("error", refused);
			model.addAttribute("code", code);
			return page(model);
		}
	}

	@PostMapping("/desk/queue/next")
	String next() {
		return queue.callNext(desk()).map(called -> "redirect:/desk/queue").orElse("redirect:/desk/queue?none");
	}

	@PostMapping("/desk/queue/tickets/{id}/served")
	String served(@PathVariable UUID id) {
		queue.finish(id, true, desk());
		return "redirect:/desk/queue";
	}

	@PostMapping("/desk/queue/tickets/{id}/absent")
	String absent(@PathVariable UUID id) {
		queue.finish(id, false, desk());
		return "redirect:/desk/queue";
	}

	@GetMapping("/desk/queue/tickets/{id}/slip")
	String slip(@PathVariable UUID id, Model model) {
		QueueTicket ticket = queue.ticket(id, desk());
		Agency agency = queue.deskAgency(desk());
		model.addAttribute("ticket", ticket);
		model.addAttribute("agency", agency);
		model.addAttribute("waitingBefore", queue.today(agency, QueueTicketStatus.WAITING).stream()
			.takeWhile(waiting -> !waiting.id().equals(ticket.id())).count());
		return "counter/ticket-slip";
	}

	/**
	 * The waiting room's screen of an agency (the home agency's unless its code is given): the numbers called,
	 * the latest first; it reloads itself without script.
	 */
	@GetMapping("/queue/display")
	String display(@RequestParam(required = false) @Nullable String agencyCode, Model model) {
		Agency agency = booking.agency(agencyCode);
		model.addAttribute("agency", agency);
		model.addAttribute("called", queue.today(agency, QueueTicketStatus.CALLED));
		model.addAttribute("waiting", queue.today(agency, QueueTicketStatus.WAITING).size());
		return "counter/queue-display";
	}

	private String page(Model model) {
		Agency agency = queue.deskAgency(desk());
		model.addAttribute("called", queue.today(agency, QueueTicketStatus.CALLED));
		model.addAttribute("waiting", queue.today(agency, QueueTicketStatus.WAITING));
		return "counter/desk-queue";
	}

	private CurrentUser desk() {
		return accounts.currentUser().orElseThrow(() -> new AccessDeniedException("Not signed in"));
	}
}
