package vn.motcua.dossier.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.motcua.dossier.DossierInHand;
import vn.motcua.dossier.DossierProcessing;
import vn.motcua.dossier.StepAssignment;
import vn.motcua.organization.Agency;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.VietnamTime;

/**
 * The page of a dossier in an officer's hands, and the actions taken from it: an action the rules
 * refuse shows the page again with the reason, and what the officer typed is still in its form.
 */
@Component
class WorkDossierPage {

	private final DossierProcessing processing;
	private final OrganizationManagement organization;
	private final StepAssignment assignment;
	private final HistoryActors actors;

	WorkDossierPage(DossierProcessing processing, OrganizationManagement organization, StepAssignment assignment,
			HistoryActors actors) {
		this.actors = actors;
		this.processing = processing;
		this.assignment = assignment;
		this.organization = organization;
	}

	String show(String code, Model model) {
		DossierInHand inHand = processing.inHand(code);
		String agencyCode = inHand.dossier().agencyCode();
		List<Agency> coAgencies = organization.agencies().stream()
			.filter(agency -> !agency.code().equals(agencyCode))
			.toList();
		model.addAttribute("dossier", inHand.dossier());
		model.addAttribute("capacity", inHand.capacity().name());
		boolean mayReassign = inHand.capacity() != DossierInHand.Capacity.CO_AGENCY
				&& assignment.mayReassign(inHand.dossier());
		model.addAttribute("stepHolders", mayReassign ? assignment.candidates(inHand.dossier()) : List.of());
		model.addAttribute("mayReassign", mayReassign);
		model.addAttribute("coAgencies", coAgencies);
		model.addAttribute("awayAt", coAgencies.stream()
			.filter(agency -> agency.code().equals(inHand.dossier().heldByAgency()))
			.map(Agency::name)
			.findFirst()
			.orElse(inHand.dossier().heldByAgency()));
		model.addAttribute("actorNames", actors.names(inHand.dossier()));
		model.addAttribute("zone", VietnamTime.ZONE);
		return "dossier/work-dossier";
	}

	/**
	 * Runs an action on the dossier and goes on to {@code next}; a rule it breaks is explained on the
	 * dossier's page, with the form of the action ({@code action}) open.
	 */
	String act(String code, String action, Model model, Action run, String next) {
		try {
			run.run();
			return "redirect:" + next;
		}
		catch (InvalidRequestException refused) {
			model.addAttribute("refused", refused);
			model.addAttribute("refusedAction", action);
			return show(code, model);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@FunctionalInterface
	interface Action {
		Object run() throws IOException;
	}
}
