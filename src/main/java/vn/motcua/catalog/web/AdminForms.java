package vn.motcua.catalog.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

import vn.motcua.calendar.ProcessingTimeUnit;
import vn.motcua.catalog.ApplicantKind;
import vn.motcua.catalog.CatalogManagement;
import vn.motcua.catalog.Channel;
import vn.motcua.catalog.ContentProblemsException;
import vn.motcua.catalog.OnlineLevel;
import vn.motcua.identity.Role;
import vn.motcua.organization.Agency;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.Unit;
import vn.motcua.shared.InvalidRequestException;

/** What the administrator's catalogue forms share: their choices, and refusals shown as form errors. */
final class AdminForms {

	private AdminForms() {
	}

	/** A refusal of the catalogue on the form: every content problem, or the one reason. */
	static void reject(BindingResult errors, InvalidRequestException e) {
		if (e instanceof ContentProblemsException problems) {
			problems.problems().forEach(problem -> errors.reject(problem.key(), problem.getArguments(), problem.key()));
		}
		else {
			errors.reject(e.messageKey(), e.arguments(), e.messageKey());
		}
	}

	/** The choices, with the units in service of the agency whose procedure it is (none when there is none). */
	static void addChoices(Model model, CatalogManagement catalog, OrganizationManagement organization,
			Optional<Agency> agency) {
		model.addAttribute("sectorList", catalog.sectors());
		model.addAttribute("applicantKinds", ApplicantKind.values());
		model.addAttribute("channelList", Channel.values());
		model.addAttribute("onlineLevels", OnlineLevel.values());
		model.addAttribute("timeUnits", ProcessingTimeUnit.values());
		model.addAttribute("officerRoles",
				Arrays.stream(Role.values()).filter(role -> role.isOfficerRole() && role != Role.PEOPLES_INSPECTOR
						&& role != Role.ADMINISTRATOR).toList());
		List<Unit> units = agency.map(shown -> organization.unitsInService(shown.id())).orElse(List.of());
		model.addAttribute("units", units);
	}
}
