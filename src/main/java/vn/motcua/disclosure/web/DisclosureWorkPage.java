package vn.motcua.disclosure.web;

import java.time.Clock;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.motcua.disclosure.Disclosure;
import vn.motcua.disclosure.DisclosureManagement;
import vn.motcua.identity.CurrentUser;

/**
 * The model of one publication's officers' page: what it is, what the officer may do, whether they
 * confirmed reading it, and, for its publisher, the leader and the inspection board, who read it.
 */
@Component
class DisclosureWorkPage {

	private final DisclosureManagement disclosures;
	private final Clock clock;

	DisclosureWorkPage(DisclosureManagement disclosures, Clock clock) {
		this.disclosures = disclosures;
		this.clock = clock;
	}

	String show(Disclosure disclosure, CurrentUser user, Model model) {
		model.addAttribute("disclosure", disclosure);
		model.addAttribute("posted", disclosure.period().postedAt(clock.instant()));
		model.addAttribute("publicNow", disclosure.isPublicAt(clock.instant()));
		model.addAttribute("mayPrepare", disclosures.mayPrepare(disclosure, user));
		model.addAttribute("mayPublish", disclosures.mayPublish(disclosure, user));
		model.addAttribute("mayConfirmRead", disclosures.mayConfirmRead(disclosure, user));
		model.addAttribute("hasRead", disclosures.hasRead(disclosure, user));
		model.addAttribute("readership", disclosures.readership(disclosure, user).orElse(null));
		return "disclosure/disclosure-work";
	}
}
