package vn.motcua.consultation.web;

import java.time.Clock;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.motcua.consultation.CommentDecision;
import vn.motcua.consultation.Consultation;
import vn.motcua.consultation.ConsultationManagement;
import vn.motcua.identity.CurrentUser;

/** The model of one consultation's officers' page: what it is, what the officer may do, and its comments. */
@Component
class ConsultationWorkPage {

	private final ConsultationManagement consultations;
	private final Clock clock;

	ConsultationWorkPage(ConsultationManagement consultations, Clock clock) {
		this.consultations = consultations;
		this.clock = clock;
	}

	String show(Consultation consultation, CurrentUser user, Model model) {
		model.addAttribute("consultation", consultation);
		model.addAttribute("daysLeft", consultation.period().daysLeftAt(clock.instant()));
		model.addAttribute("closed", consultation.period().closedAt(clock.instant()));
		model.addAttribute("mayDraft", consultations.mayDraft(consultation, user));
		model.addAttribute("mayPublish", consultations.mayPublish(consultation, user));
		model.addAttribute("comments", consultations.comments(consultation.id(), user));
		model.addAttribute("decisions", CommentDecision.values());
		return "consultation/consultation-work";
	}
}
