package vn.motcua.petition.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.CurrentUser;
import vn.motcua.petition.CitizenReception;
import vn.motcua.petition.CitizenReception.ReceptionLog;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.ListPage;
import vn.motcua.shared.PageLinks;

/** The reception log (sổ tiếp công dân): its lines, and the form to write one. */
@Controller
class ReceptionController {

	private final CitizenReception reception;
	private final AccountManagement accounts;

	ReceptionController(CitizenReception reception, AccountManagement accounts) {
		this.reception = reception;
		this.accounts = accounts;
	}

	/** The log form; a plain bean so that a half-filled form comes back as typed. */
	public static class EntryForm {

		private String citizens = "";
		private int persons = 1;
		private String content = "";
		private String priorHandling = "";
		private String requests = "";
		private String resultSummary = "";
		private boolean citizensSigned;
		private boolean directorSession;
		/** Set when the form is shown: sent twice, it writes one line. */
		private @Nullable String submissionKey;

		CitizenReception.Entry entry() {
			return new CitizenReception.Entry(citizens, persons, content, priorHandling, requests, resultSummary,
					citizensSigned, directorSession);
		}

		public String getCitizens() { return citizens; }
		public void setCitizens(String citizens) { this.citizens = citizens; }
		public int getPersons() { return persons; }
		public void setPersons(int persons) { this.persons = persons; }
		public String getContent() { return content; }
		public void setContent(String content) { this.content = content; }
		public String getPriorHandling() { return priorHandling; }
		public void setPriorHandling(String priorHandling) { this.priorHandling = priorHandling; }
		public String getRequests() { return requests; }
		public void setRequests(String requests) { this.requests = requests; }
		public String getResultSummary() { return resultSummary; }
		public void setResultSummary(String resultSummary) { this.resultSummary = resultSummary; }
		public boolean isCitizensSigned() { return citizensSigned; }
		public void setCitizensSigned(boolean citizensSigned) { this.citizensSigned = citizensSigned; }
		public boolean isDirectorSession() { return directorSession; }
		public void setDirectorSession(boolean directorSession) { this.directorSession = directorSession; }
		public @Nullable String getSubmissionKey() { return submissionKey; }
		public void setSubmissionKey(@Nullable String submissionKey) { this.submissionKey = submissionKey; }
	}

	/** A page of the log, the latest line first, {@value ListPage#DEFAULT_SIZE} lines, and the form. */
	@GetMapping("/work/reception")
	String log(@RequestParam(required = false) @Nullable Integer before, Model model) {
		EntryForm form = new EntryForm();
		form.setSubmissionKey(UUID.randomUUID().toString());
		model.addAttribute("entryForm", form);
		return page(before, model);
	}

	@PostMapping("/work/reception")
	String record(@ModelAttribute("entryForm") EntryForm form, org.springframework.validation.BindingResult binding,
			Model model) {
		if (binding.hasErrors()) {
			return page(null, model);
		}
		try {
			reception.record(form.entry(), user(), form.getSubmissionKey());
			return "redirect:/work/reception?recorded";
		}
		catch (InvalidRequestException invalid) {
			model.addAttribute("error", invalid);
			return page(null, model);
		}
	}

	private String page(@Nullable Integer before, Model model) {
		ReceptionLog log = reception.log(user(), before, ListPage.DEFAULT_SIZE);
		model.addAttribute("log", log);
		PageLinks.addTo(model, log.nextBefore() == null ? null : log.nextBefore().toString(), before != null);
		return "petition/reception-log";
	}

	private CurrentUser user() {
		return accounts.currentUser().orElseThrow();
	}
}
