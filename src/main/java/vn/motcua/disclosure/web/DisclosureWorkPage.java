package vn.motcua.disclosure.web;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.motcua.disclosure.Disclosure;
import vn.motcua.disclosure.DisclosureManagement;
import vn.motcua.disclosure.DisclosureStatus;
import vn.motcua.identity.CurrentUser;

/**
 * The model of one publication's officers' page: what it is, what the officer may do, the personal
 * data a draft would publish as written, whether they confirmed reading it, and, for its publisher, the
 * leader and the inspection board, who read it.
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
		boolean mayPrepare = disclosures.mayPrepare(disclosure, user);
		boolean mayPublish = disclosures.mayPublish(disclosure, user);
		model.addAttribute("mayPrepare", mayPrepare);
		model.addAttribute("mayPublish", mayPublish);
		// listed to those who edit or publish the draft, before it is published as written
		model.addAttribute("personalData", disclosure.status() == DisclosureStatus.DRAFT && (mayPrepare || mayPublish)
				? disclosures.personalDataIn(disclosure) : List.of());
		model.addAttribute("mayConfirmRead", disclosures.mayConfirmRead(disclosure, user));
		model.addAttribute("hasRead", disclosures.hasRead(disclosure, user));
		model.addAttribute("readership", disclosures.readership(disclosure, user).orElse(null));
		return "disclosure/disclosure-work";
	}
}
