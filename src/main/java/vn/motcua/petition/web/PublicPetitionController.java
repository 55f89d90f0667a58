package vn.motcua.petition.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.motcua.catalog.CatalogManagement;
import vn.motcua.catalog.Sector;
import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.CurrentUser;
import vn.motcua.organization.Agency;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.petition.CitizenReception;
import vn.motcua.petition.IncompletePetitionException;
import vn.motcua.petition.Petition;
import vn.motcua.petition.PetitionChannel;
import vn.motcua.petition.PetitionKind;
import vn.motcua.petition.PetitionIntake;
import vn.motcua.petition.PetitionManagement;
import vn.motcua.petition.PetitionManagement.PublishedAnswer;
import vn.motcua.petition.PetitionerProof;
import vn.motcua.petition.web.KeptAttachments.Attached;
import vn.motcua.shared.Actor;
import vn.motcua.shared.InvalidFieldException;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.ListPage;
import vn.motcua.shared.PageLinks;
import vn.motcua.shared.QueueCursor;
import vn.motcua.shared.RateLimits;
import vn.motcua.shared.TooManyRequestsException;
import vn.motcua.shared.VietnamTime;

/**
 * The public pages: the petition form (no sign-in needed), progress by code, the published
 * questions and answers, and the reception schedule.
 */
@Controller
class PublicPetitionController {

	/** What the public form offers; voter petitions come from meetings and are recorded by officers. */
	/** Published answers a page of the public Q&A holds, each a whole question and answer, for a phone. */
	static final int QA_PAGE_SIZE = 20;

	static final List<PetitionKind> PUBLIC_KINDS = List.of(PetitionKind.QUESTION, PetitionKind.FEEDBACK,
			PetitionKind.PROPOSAL, PetitionKind.COMPLAINT, PetitionKind.DENUNCIATION);

	private final PetitionManagement petitions;
	private final PetitionIntake intake;
	private final CitizenReception reception;
	private final CatalogManagement catalog;
	private final AccountManagement accounts;
	private final OrganizationManagement organization;
	private final RateLimits limits;
	private final KeptAttachments kept;
	private final Clock clock;

	PublicPetitionController(PetitionManagement petitions, PetitionIntake intake, CitizenReception reception,
			CatalogManagement catalog, AccountManagement accounts, OrganizationManagement organization,
			RateLimits limits, KeptAttachments kept, Clock clock) {
		this.organization = organization;
		this.petitions = petitions;
		this.intake = intake;
		this.reception = reception;
		this.catalog = catalog;
		this.accounts = accounts;
		this.limits = limits;
		this.kept = kept;
		this.clock = clock;
	}

	@ModelAttribute("sectors")
	List<Sector> sectors() {
		return catalog.sectors();
	}

	@GetMapping("/petitions/new")
	String form(@RequestParam(required = false) @Nullable PetitionKind kind, Model model) {
		PetitionForm form = new PetitionForm().withNewSubmissionKey();
		if (kind != null && PUBLIC_KINDS.contains(kind)) {
			form.setKind(kind);
		}
		accounts.currentUser().filter(CurrentUser::isApplicant).ifPresent(user -> form.setName(user.displayName()));
		organization.homeAgency().ifPresent(home -> form.setAgencyCode(home.code()));
		model.addAttribute("petitionForm", form);
		return page(model);
	}

	/** Sends the form; on an error the page comes back with the attachment kept, so it need not be chosen again. */
	@PostMapping("/petitions")
	String submit(@ModelAttribute("petitionForm") PetitionForm form, BindingResult binding,
			@RequestParam(name = "attachment", required = false) @Nullable MultipartFile attachment, Model model,
			HttpServletRequest request) {
		HttpSession session = request.getSession();
		Attached file = null;
		try {
			file = kept.attached(session, attachment, form.getKeptAttachment());
		}
		catch (InvalidRequestException expired) {
			form.setKeptAttachment(null);
			binding.rejectValue("keptAttachment", expired.messageKey());
		}
		if (binding.hasErrors() || !PUBLIC_KINDS.contains(form.getKind())) {
			return page(form, file, session, model);
		}
		if (!limits.tryAcquire("petition", request.getRemoteAddr())) {
			throw new TooManyRequestsException();
		}
		UUID account = accounts.currentUser().filter(CurrentUser::isApplicant).map(CurrentUser::accountId).orElse(null);
		try {
			Petition petition = intake.receive(form.submission(PetitionChannel.WEB_FORM, account, null,
					file == null ? null : file.fileName(), file == null ? null : file.content()),
					Actor.current(), form.getSubmissionKey());
			return "redirect:/petitions/track?received&code=" + petition.code();
		}
		catch (IncompletePetitionException incomplete) {
			PetitionPages.reject(incomplete, binding);
			return page(form, file, session, model);
		}
		catch (InvalidFieldException agency) {
			binding.rejectValue(agency.field(), agency.messageKey(), agency.arguments(), agency.messageKey());
			return page(form, file, session, model);
		}
		catch (InvalidRequestException invalid) {
			model.addAttribute("error", invalid);
			return page(form, file, session, model);
		}
	}

	/** The form again, with its file kept; a file that is not accepted is named, unless another error already is. */
	private String page(PetitionForm form, @Nullable Attached file, HttpSession session, Model model) {
		if (file != null) {
			try {
				form.setKeptAttachment(kept.keep(session, file));
				model.addAttribute("keptAttachment", file.fileName());
			}
			catch (InvalidRequestException refused) {
				form.setKeptAttachment(null);
				if (!model.containsAttribute("error")) {
					model.addAttribute("error", refused);
				}
			}
		}
		return page(model);
	}

	private String page(Model model) {
		model.addAttribute("agencies", organization.agencies());
		model.addAttribute("kinds", PUBLIC_KINDS);
		model.addAttribute("requirements", Arrays.stream(PetitionKind.values()).toList());
		return "petition/new";
	}

	/** With the reading key of the notice's link, the answer for its petitioner. */
	@GetMapping("/petitions/track")
	String track(@RequestParam(required = false) @Nullable String code,
			@RequestParam(name = PetitionerProof.READING_KEY_PARAMETER, required = false) @Nullable String readingKey,
			Locale locale, Model model, HttpServletRequest request) {
		return progress(code, new PetitionerProof(null, readingKey), locale, model, request);
	}

	/** The petitioner's phone number or e-mail address is posted, so that it stays out of addresses and logs. */
	@PostMapping("/petitions/track")
	String trackWithContact(@RequestParam String code, @RequestParam String contact, Locale locale, Model model,
			HttpServletRequest request) {
		return progress(code, new PetitionerProof(contact, null), locale, model, request);
	}

	private String progress(@Nullable String code, PetitionerProof proof, Locale locale, Model model,
			HttpServletRequest request) {
		model.addAttribute("code", code);
		if (code != null && !code.isBlank()) {
			if (!limits.tryAcquire("petition", request.getRemoteAddr())) {
				throw new TooManyRequestsException();
			}
			UUID reader = accounts.currentUser().map(CurrentUser::accountId).orElse(null);
			petitions.progress(code, reader, proof, locale).ifPresentOrElse(progress -> {
				model.addAttribute("progress", progress);
				// a denouncer's contact is not compared, so the page says nothing of it, right or wrong
				model.addAttribute("contactMismatch", proof.contact() != null && progress.answerWithheld()
						&& !progress.kind().identitySecret());
			}, () -> model.addAttribute("notFound", true));
		}
		return "petition/track";
	}

	/**
	 * The published answers, every agency's unless one is chosen (decision 0052), as the catalogue's
	 * procedures are (decision 0046); an unknown agency is refused with 400, as there.
	 */
	@GetMapping("/qa")
	String questions(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String sector,
			@RequestParam(required = false) @Nullable String procedure,
			@RequestParam(required = false) @Nullable String agency,
			@RequestParam(required = false) @Nullable String after, Locale locale, Model model) {
		String query = q == null ? null : q.length() > 200 ? q.substring(0, 200) : q;
		ListPage<PublishedAnswer> answers = petitions.publishedAnswers(query, sector, procedure, agency,
				QueueCursor.parse(after), QA_PAGE_SIZE, locale);
		List<Agency> agencies = organization.agencies();
		model.addAttribute("q", query);
		model.addAttribute("sector", sector);
		model.addAttribute("procedure", procedure);
		// the service refused an unknown one: this one is known, and chosen in the select as the agency keeps it
		model.addAttribute("agency", agency == null || agency.isBlank() ? null
				: organization.agencyByCode(agency.strip()).map(Agency::code).orElse(null));
		model.addAttribute("agencies", agencies);
		model.addAttribute("agencyNames", agencies.stream().collect(Collectors.toMap(Agency::code, Agency::name)));
		model.addAttribute("answers", answers);
		PageLinks.addTo(model, answers.next(), after);
		return "petition/qa";
	}

	/** The agency whose reception schedule is shown, chosen by a GET form so that it works without script. */
	public static class ScheduleChoice {

		private @Nullable String agencyCode;

		public @Nullable String getAgencyCode() { return agencyCode; }
		public void setAgencyCode(@Nullable String agencyCode) { this.agencyCode = agencyCode; }
	}

	/** The schedule of the agency chosen, the home agency's unless another is; an unknown one is said so at the select. */
	@GetMapping("/reception")
	String reception(@ModelAttribute("scheduleChoice") ScheduleChoice choice, BindingResult binding, Model model) {
		model.addAttribute("agencies", organization.agencies());
		try {
			CitizenReception.Schedule schedule = reception.schedule(choice.getAgencyCode(),
					LocalDate.now(clock.withZone(VietnamTime.ZONE)), 8);
			choice.setAgencyCode(schedule.agency().code());
			model.addAttribute("schedule", schedule);
		}
		catch (InvalidFieldException unknown) {
			binding.rejectValue(unknown.field(), unknown.messageKey(), unknown.arguments(), unknown.messageKey());
		}
		return "petition/reception";
	}
}
