package vn.motcua.counter.web;

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

import vn.motcua.counter.AgencyAppointmentRules;
import vn.motcua.counter.AgencyRuleSet;
import vn.motcua.identity.AccountManagement;
import vn.motcua.organization.Agency;
import vn.motcua.organization.AgencyAdministrators;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.Actor;
import vn.motcua.shared.EffectiveStanding;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.VietnamTime;

/**
 * The administrators set the appointment rules of the agencies they administer, from a date, and read every
 * rule set set before (decision 0034, later section); the access rules refuse another agency's.
 */
@Controller
@RequestMapping(AppointmentAccessRules.RULES)
class AppointmentRulesController {

	private final AgencyAppointmentRules rules;
	private final OrganizationManagement organization;
	private final AgencyAdministrators administrators;
	private final AccountManagement accounts;

	AppointmentRulesController(AgencyAppointmentRules rules, OrganizationManagement organization,
			AgencyAdministrators administrators, AccountManagement accounts) {
		this.rules = rules;
		this.organization = organization;
		this.administrators = administrators;
		this.accounts = accounts;
	}

	/** A rule set of the history and where it stands today. */
	record Row(AgencyRuleSet set, EffectiveStanding standing) {
	}

	@GetMapping
	String agencies(Model model) {
		model.addAttribute("agencies", administrators.administered(accounts.currentUser()));
		return "counter/appointment-rules-agencies";
	}

	@GetMapping("/{agencyCode}")
	String show(@PathVariable String agencyCode, Model model) {
		Agency agency = agency(agencyCode);
		model.addAttribute("rulesForm", AppointmentRulesForm.of(rules.inForceToday(agency)));
		return page(agency, model);
	}

	@PostMapping("/{agencyCode}")
	String set(@PathVariable String agencyCode, @Valid @ModelAttribute("rulesForm") AppointmentRulesForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Agency agency = agency(agencyCode);
		if (!errors.hasErrors()) {
			rules.problems(form.entry()).forEach(problem -> errors.rejectValue(problem.field(), problem.messageKey(),
					problem.arguments(), problem.messageKey()));
		}
		if (errors.hasErrors()) {
			return page(agency, model);
		}
		rules.set(agency, form.entry(), Actor.current());
		redirect.addFlashAttribute("notice", "counter.rules.saved");
		return "redirect:" + AppointmentAccessRules.RULES + "/" + agency.code();
	}

	private String page(Agency agency, Model model) {
		List<AgencyRuleSet> history = rules.history(agency);
		List<EffectiveStanding> standings = EffectiveStanding.of(history, set -> set.rules().inForceFrom(),
				rules.today());
		List<Row> rows = IntStream.range(0, history.size()).mapToObj(i -> new Row(history.get(i), standings.get(i)))
			.toList();
		model.addAttribute("agency", agency);
		model.addAttribute("rows", rows);
		model.addAttribute("ownInForce", standings.contains(EffectiveStanding.IN_FORCE));
		model.addAttribute("inForce", rules.inForceToday(agency));
		model.addAttribute("configured", rules.configuredToday());
		model.addAttribute("daysOffered", rules.daysOffered(agency));
		model.addAttribute("zone", VietnamTime.ZONE);
		return "counter/appointment-rules";
	}

	private Agency agency(String code) {
		return organization.agencyByCode(code)
			.orElseThrow(() -> new NotFoundException("counter.rules.agency.unknown", code));
	}
}
