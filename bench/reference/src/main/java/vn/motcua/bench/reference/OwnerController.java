package vn.motcua.bench.reference;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.validation.Valid;

@Controller
class OwnerController {

	private final OwnerRepository owners;

	OwnerController(OwnerRepository owners) {
		this.owners = owners;
	}

	@GetMapping("/")
	String welcome(@RequestParam(defaultValue = "") String name, Model model) {
		model.addAttribute("owners", owners.findByNameContainingIgnoreCaseOrderByName(name));
		model.addAttribute("owner", new Owner());
		return "owners";
	}

	@PostMapping("/owners")
	String add(@Valid @ModelAttribute Owner owner, BindingResult result, Model model) {
		if (result.hasErrors()) {
			model.addAttribute("owners", owners.findAll());
			return "owners";
		}
		owners.save(owner);
		return "redirect:/";
	}
}
