package vn.motcua.reporting.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.reporting.ReadModelRebuild;
import vn.motcua.shared.Actor;
import vn.motcua.shared.VietnamTime;

/** The administrator's page for rebuilding the reports' read model: where it stands, and a start button. */
@Controller
@RequestMapping(ReadModelController.PATH)
class ReadModelController {

	static final String PATH = "/admin/reports/read-model";

	private final ReadModelRebuild rebuild;

	ReadModelController(ReadModelRebuild rebuild) {
		this.rebuild = rebuild;
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("progress", rebuild.progress());
		model.addAttribute("zone", VietnamTime.ZONE);
		return "reporting/read-model";
	}

	/** Post, redirect, get: a reload of the page does not start another rebuild. */
	@PostMapping("/rebuild")
	String start(RedirectAttributes redirect) {
		redirect.addFlashAttribute(rebuild.start(Actor.current()) ? "started" : "alreadyRunning", true);
		return "redirect:" + PATH;
	}
}
