package vn.motcua.disclosure.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.disclosure.Disclosure;
import vn.motcua.disclosure.DisclosureAudience;
import vn.motcua.disclosure.DisclosureContent;
import vn.motcua.disclosure.DisclosureFilter;
import vn.motcua.disclosure.DisclosureLists;
import vn.motcua.disclosure.DisclosureManagement.UploadedFile;
import vn.motcua.disclosure.DisclosureManagement;
import vn.motcua.disclosure.DisclosureSummary;
import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.CurrentUser;
import vn.motcua.shared.ChosenFiles;
import vn.motcua.shared.InvalidFieldException;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.ListPage;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.PageLinks;
import vn.motcua.shared.QueueCursor;
import vn.motcua.shared.RequiredFields;

/**
 * The officers' pages of publications: the agency's list, preparing and editing a draft and a
 * replacement, publishing and withdrawing, and confirming reading a staff publication.
 */
@Controller
class WorkDisclosureController {

	private final DisclosureManagement disclosures;
	private final DisclosureLists lists;
	private final DisclosureWorkPage workPage;
	private final AccountManagement accounts;

	WorkDisclosureController(DisclosureManagement disclosures, DisclosureLists lists, DisclosureWorkPage workPage,
			AccountManagement accounts) {
		this.disclosures = disclosures;
		this.lists = lists;
		this.workPage = workPage;
		this.accounts = accounts;
	}

	@GetMapping("/work/disclosures")
	String list(@RequestParam(required = false) @Nullable String after, Model model) {
		CurrentUser user = user();
		ListPage<DisclosureSummary> page = lists.ofAgency(user, DisclosureFilter.NONE, QueueCursor.parse(after),
				ListPage.DEFAULT_SIZE);
		model.addAttribute("disclosures", page);
		model.addAttribute("read", lists.readBy(user, page.items().stream().map(DisclosureSummary::id).toList()));
		model.addAttribute("mayPrepare", disclosures.mayPrepare(user));
		PageLinks.addTo(model, page.next(), after);
		return "disclosure/disclosure-work-list";
	}

	@GetMapping("/work/disclosures/new")
	String newDisclosure(Model model) {
		model.addAttribute("disclosureForm", new DisclosureForm());
		return form("/work/disclosures", null, model);
	}

	@PostMapping("/work/disclosures")
	String prepare(@ModelAttribute DisclosureForm disclosureForm, BindingResult binding,
			@RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files, Model model) {
		return saved(disclosureForm, binding, files, "/work/disclosures", null, model,
				content -> disclosures.prepare(content, uploaded(files), user()), "prepared");
	}

	@GetMapping("/work/disclosures/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		Disclosure disclosure = disclosures.forOfficer(id, user());
		model.addAttribute("disclosureForm", DisclosureForm.of(disclosure.content()));
		return form("/work/disclosures/" + id, disclosure, model);
	}

	@PostMapping("/work/disclosures/{id}")
	String save(@PathVariable UUID id, @ModelAttribute DisclosureForm disclosureForm, BindingResult binding,
			@RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files, Model model) {
		Disclosure disclosure = disclosures.forOfficer(id, user());
		return saved(disclosureForm, binding, files, "/work/disclosures/" + id, disclosure, model,
				content -> disclosures.edit(id, content, uploaded(files), user()), "edited");
	}

	/** The form of a correction, filled with the published text to correct. */
	@GetMapping("/work/disclosures/{id}/replacement")
	String replacement(@PathVariable UUID id, Model model) {
		Disclosure replaced = disclosures.forOfficer(id, user());
		model.addAttribute("disclosureForm", DisclosureForm.of(replaced.content()));
		model.addAttribute("replaced", replaced);
		return form("/work/disclosures/" + id + "/replacement", null, model);
	}

	@PostMapping("/work/disclosures/{id}/replacement")
	String prepareReplacement(@PathVariable UUID id, @ModelAttribute DisclosureForm disclosureForm,
			BindingResult binding, @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
			Model model) {
		model.addAttribute("replaced", disclosures.forOfficer(id, user()));
		return saved(disclosureForm, binding, files, "/work/disclosures/" + id + "/replacement", null, model,
				content -> disclosures.prepareReplacement(id, content, uploaded(files), user()), "prepared");
	}

	@GetMapping("/work/disclosures/{id}")
	String show(@PathVariable UUID id, @RequestParam(required = false) @Nullable String done, Model model) {
		model.addAttribute("done", done);
		return workPage.show(disclosures.forOfficer(id, user()), user(), model);
	}

	/**
	 * {@code confirmedVersion}: the version of the draft whose personal data the publisher ticked on its
	 * page, sent only when they ticked it; without it a draft that holds any comes back to its page.
	 */
	@PostMapping("/work/disclosures/{id}/publication")
	String publish(@PathVariable UUID id, @RequestParam(required = false) @Nullable Long confirmedVersion,
			RedirectAttributes redirect) {
		return act(id, "published", redirect, () -> disclosures.publish(id, confirmedVersion, user()));
	}

	@PostMapping("/work/disclosures/{id}/withdrawal")
	String withdraw(@PathVariable UUID id, @RequestParam(required = false) @Nullable String reason,
			RedirectAttributes redirect) {
		return act(id, "withdrawn", redirect, () -> disclosures.withdraw(id, reason, user()));
	}

	@PostMapping("/work/disclosures/{id}/reading")
	String confirmRead(@PathVariable UUID id, RedirectAttributes redirect) {
		return act(id, "read", redirect, () -> disclosures.confirmRead(id, user()));
	}

	@GetMapping("/work/disclosures/{id}/files/{index}")
	ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable int index) {
		return FileDownloads.download(disclosures, disclosures.forOfficer(id, user()), index);
	}

	/** What the form saves: a new draft, an edited one or a replacement. */
	private interface Saving {
		Disclosure save(DisclosureContent content);
	}

	/**
	 * Saves the form and shows the publication, or shows the form again with the refusal at its field.
	 * A browser never fills a file input from the page, so files chosen with a refused form are gone
	 * (none is saved): the page asks for them again at their field.
	 */
	private String saved(DisclosureForm form, BindingResult binding, @Nullable List<MultipartFile> files, String action,
			@Nullable Disclosure disclosure, Model model, Saving saving, String done) {
		DisclosureContent content = content(form, binding);
		if (content != null) {
			try {
				return "redirect:/work/disclosures/" + saving.save(content).id() + "?done=" + done;
			}
			catch (NotFoundException unknown) {
				throw unknown;
			}
			catch (InvalidRequestException refused) {
				showRefusal(refused, binding, model);
			}
		}
		model.addAttribute("filesAgain", files != null && files.stream().anyMatch(file -> !file.isEmpty()));
		return form(action, disclosure, model);
	}

	/** A rule's refusal at its field when the form has it (a file input by its name), else at the top. */
	private static void showRefusal(InvalidRequestException refused, BindingResult binding, Model model) {
		if (refused instanceof InvalidFieldException field && binding.getFieldType(field.field()) != null) {
			binding.rejectValue(field.field(), field.messageKey(), field.arguments(), field.messageKey());
		}
		else if (refused instanceof InvalidFieldException field && field.field().equals("files")) {
			model.addAttribute("filesError", refused);
		}
		else {
			model.addAttribute("error", refused);
		}
	}

	private String form(String action, @Nullable Disclosure disclosure, Model model) {
		model.addAttribute("action", action);
		model.addAttribute("disclosure", disclosure);
		model.addAttribute("categories", disclosures.categoriesToday());
		model.addAttribute("audiences", DisclosureAudience.values());
		return "disclosure/disclosure-form";
	}

	/**
	 * Does the action; a rule's refusal comes back on the publication's page, at its top. A
	 * publication unknown to the officer stays not found, as on its page.
	 */
	private String act(UUID id, String done, RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
			redirect.addAttribute("done", done);
		}
		catch (NotFoundException unknown) {
			throw unknown;
		}
		catch (InvalidRequestException refused) {
			redirect.addFlashAttribute("error", refused);
		}
		return "redirect:/work/disclosures/" + id;
	}

	private static @Nullable DisclosureContent content(DisclosureForm form, BindingResult binding) {
		RequiredFields.require(binding, "postedFrom", form.getPostedFrom(), "disclosure.field.required");
		RequiredFields.require(binding, "postedUntil", form.getPostedUntil(), "disclosure.field.required");
		return binding.hasErrors() ? null : form.content();
	}

	private static List<UploadedFile> uploaded(@Nullable List<MultipartFile> files) {
		return ChosenFiles.read(files, UploadedFile::new);
	}

	private CurrentUser user() {
		return accounts.currentUser().orElseThrow();
	}
}
