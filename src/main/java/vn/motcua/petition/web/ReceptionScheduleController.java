package vn.motcua.petition.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.identity.AccountManagement;
import vn.motcua.organization.Agency;
import vn.motcua.organization.AgencyAdministrators;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.petition.ReceptionSchedule;
import vn.motcua.petition.ReceptionSchedules;
import vn.motcua.shared.Actor;
import vn.motcua.shared.EffectiveStanding;
import vn.motcua.shared.InvalidFieldException;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.VietnamTime;

/**
 * The administrators set the reception schedule of the agencies they administer, from a date, and read
 * every schedule set before (decision 0052); the access rules refuse another agency's.
 */
@Controller
@RequestMapping("/admin/reception")
class ReceptionScheduleController {

	/** The days a schedule may hold: the working weekdays. */
	static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
			DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

	private final ReceptionSchedules schedules;
	private final OrganizationManagement organization;
	private final AgencyAdministrators administrators;
	private final AccountManagement accounts;
	private final Clock clock;

	ReceptionScheduleController(ReceptionSchedules schedules, OrganizationManagement organization,
			AgencyAdministrators administrators, AccountManagement accounts, Clock clock) {
		this.schedules = schedules;
		this.organization = organization;
		this.administrators = administrators;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** A schedule of the history and where it stands. */
	record Row(ReceptionSchedule schedule, EffectiveStanding standing) {
	}

	@GetMapping
	String agencies(Model model) {
		model.addAttribute("agencies", administrators.administered(accounts.currentUser()));
		return "petition/reception-agencies";
	}

	@GetMapping("/{agencyCode}")
	String show(@PathVariable String agencyCode, Model model) {
		Agency agency = agency(agencyCode);
		List<Row> rows = rows(schedules.history(agency));
		// the days and hours of the latest schedule that has some, even after one without regular reception
		ReceptionScheduleForm form = rows.stream().filter(row -> row.standing() != EffectiveStanding.REPLACED)
			.flatMap(row -> row.schedule().reception().stream()).findFirst().or(() -> schedules.byDefault(agency))
			.map(ReceptionScheduleForm::of).orElseGet(ReceptionScheduleForm::new);
		model.addAttribute("scheduleForm", form);
		return page(agency, rows, model);
	}

	@PostMapping("/{agencyCode}")
	String set(@PathVariable String agencyCode, @Valid @ModelAttribute("scheduleForm") ReceptionScheduleForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Agency agency = agency(agencyCode);
		form.checkRequired(errors);
		if (!errors.hasErrors()) {
			try {
				schedules.set(agency, form.entry(), Actor.current());
				redirect.addFlashAttribute("notice", "reception.schedule.saved");
				return "redirect:/admin/reception/" + agency.code();
			}
			catch (InvalidFieldException refusal) {
				errors.rejectValue(form.fieldOf(refusal.field()), refusal.messageKey(), refusal.arguments(),
						refusal.messageKey());
			}
		}
		return page(agency, rows(schedules.history(agency)), model);
	}

	/** A row more for another weekly session, the form kept as typed and nothing saved: no script needed. */
	@PostMapping(path = "/{agencyCode}", params = "addRow")
	String addRow(@PathVariable String agencyCode, @ModelAttribute("scheduleForm") ReceptionScheduleForm form,
			BindingResult errors, Model model) {
		Agency agency = agency(agencyCode);
		form.addRow();
		return page(agency, rows(schedules.history(agency)), model);
	}

	private String page(Agency agency, List<Row> rows, Model model) {
		model.addAttribute("agency", agency);
		model.addAttribute("rows", rows);
		model.addAttribute("byDefault", schedules.byDefault(agency).orElse(null));
		model.addAttribute("inForce", rows.stream().anyMatch(row -> row.standing() == EffectiveStanding.IN_FORCE));
		model.addAttribute("weekdays", WEEKDAYS);
		model.addAttribute("mostWeeklySessions", ReceptionSchedules.MOST_WEEKLY_SESSIONS);
		model.addAttribute("zone", VietnamTime.ZONE);
		return "petition/reception-schedules";
	}

	/** The history, the latest first, each marked: one set earlier from the same day was replaced before it applied. */
	private List<Row> rows(List<ReceptionSchedule> history) {
		List<EffectiveStanding> standings = EffectiveStanding.of(history, ReceptionSchedule::effectiveFrom,
				LocalDate.now(clock.withZone(VietnamTime.ZONE)));
		return IntStream.range(0, history.size()).mapToObj(i -> new Row(history.get(i), standings.get(i))).toList();
	}

	private Agency agency(String code) {
		return organization.agencyByCode(code).orElseThrow(() -> new NotFoundException("petition.agency.unknown", code));
	}
}
