package vn.motcua.petition.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.motcua.calendar.OpenTimeliness;
import vn.motcua.calendar.Timeliness;
import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.CurrentUser;
import vn.motcua.identity.Role;
import vn.motcua.organization.Agency;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.petition.CitizenReception;
import vn.motcua.petition.Complexity;
import vn.motcua.petition.Petition;
import vn.motcua.petition.PetitionChannel;
import vn.motcua.petition.PetitionFigures;
import vn.motcua.petition.PetitionManagement;
import vn.motcua.petition.PetitionIntake;
import vn.motcua.petition.PetitionKind;
import vn.motcua.petition.PetitionManagement.PublishedAnswer;
import vn.motcua.petition.PetitionProgress;
import vn.motcua.petition.PetitionQueue;
import vn.motcua.petition.PetitionQueueFilter;
import vn.motcua.petition.PetitionSummary;
import vn.motcua.petition.PetitionView;
import vn.motcua.petition.Petitioner;
import vn.motcua.petition.PetitionerProof;
import vn.motcua.shared.Actor;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.ListPage;
import vn.motcua.shared.NextPageLink;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.QueueCursor;
import vn.motcua.shared.RateLimits;
import vn.motcua.shared.TooManyRequestsException;

/**
 * Petitions over the API: the public intake, progress by code, the published questions and
 * answers and the reception schedule; the petitioner's own petitions; the officers' handling; and
 * the figures for reports. A denunciation's identity appears only for its handler and the leader.
 */
@RestController
@Tag(name = "Petitions")
class PetitionApi {

	private final PetitionManagement petitions;
	private final PetitionIntake intake;
	private final CitizenReception reception;
	private final AccountManagement accounts;
	private final OrganizationManagement organization;
	private final RateLimits limits;
	private final java.time.Clock clock;
	private final MessageSource messages;

	PetitionApi(PetitionManagement petitions, PetitionIntake intake, CitizenReception reception,
			AccountManagement accounts, OrganizationManagement organization, RateLimits limits, java.time.Clock clock,
			MessageSource messages) {
		this.clock = clock;
		this.messages = messages;
		this.petitions = petitions;
		this.intake = intake;
		this.reception = reception;
		this.accounts = accounts;
		this.organization = organization;
		this.limits = limits;
	}

	/** Who reads the figures, as PetitionAccessRules lets them. */
	private static final Set<Role> FIGURES_READERS = Set.of(Role.UNIT_HEAD, Role.AGENCY_LEADER, Role.RECORDS_OFFICER,
			Role.PEOPLES_INSPECTOR);

	private static final String SUBMISSION_KEY = "a key of the client's choosing (a UUID): sending again with it "
			+ "returns the petition of the first sending; with other content it is refused";

	record Received(String code, String kind, String status, Instant receivedAt, LocalDateTime acceptanceDueAt) {

		static Received of(Petition petition) {
			return new Received(petition.code(), petition.kind().name(), petition.status().name(),
					petition.receivedAt(), petition.acceptanceDueAt());
		}
	}

	@PostMapping(path = "/api/v1/petitions", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Send a petition (feedback, proposal, question, complaint, denunciation) without a file; "
			+ "an incomplete one answers 400 with each missing part under 'errors'", description = PetitionForm.AGENCY_CODE)
	ResponseEntity<Received> submit(@RequestBody PetitionForm form,
			@Parameter(description = SUBMISSION_KEY) @RequestHeader(name = "Idempotency-Key",
					required = false) @Nullable String submissionKey,
			HttpServletRequest request) {
		return received(form, null, submissionKey, request);
	}

	@PostMapping(path = "/api/v1/petitions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Send a petition (part 'petition', JSON) with one scan or document (part 'attachment')",
			description = PetitionForm.AGENCY_CODE)
	ResponseEntity<Received> submitWithFile(@RequestPart("petition") PetitionForm form,
			@RequestPart(name = "attachment", required = false) @Nullable MultipartFile attachment,
			@Parameter(description = SUBMISSION_KEY) @RequestHeader(name = "Idempotency-Key",
					required = false) @Nullable String submissionKey,
			HttpServletRequest request) {
		return received(form, attachment, submissionKey, request);
	}

	private ResponseEntity<Received> received(PetitionForm form, @Nullable MultipartFile attachment,
			@Nullable String submissionKey, HttpServletRequest request) {
		if (!limits.tryAcquire("petition", request.getRemoteAddr())) {
			throw new TooManyRequestsException();
		}
		CurrentUser user = accounts.currentUser().orElse(null);
		UUID account = user != null && user.isApplicant() ? user.accountId() : null;
		Petition petition = intake.receive(form.submission(PetitionChannel.WEB_FORM, account, null,
				attachment == null ? null : attachment.getOriginalFilename(), bytes(attachment)), Actor.current(),
				submissionKey);
		return ResponseEntity.created(URI.create("/api/v1/petitions/" + petition.code() + "/progress"))
			.body(Received.of(petition));
	}

	/** {@code answer}: for its petitioner, or published; {@code answerWithheld}: an answer only its petitioner reads. */
	record Progress(String code, String kind, String status, LocalDateTime receivedAt, @Nullable LocalDateTime dueAt,
			@Nullable String answer, boolean answerWithheld) {

		static Progress of(PetitionProgress progress) {
			return new Progress(progress.code(), progress.kind().name(), progress.status().name(),
					progress.receivedAt(), progress.dueAt(), progress.answer(), progress.answerWithheld());
		}
	}

	/** As the dossier status look-up's: no client has to know which field is UTC and which local. */
	private static final String PROGRESS_TIMES = "times (receivedAt, dueAt) are Vietnam's local time, without offset";

	@GetMapping("/api/v1/petitions/{code}/progress")
	@Operation(summary = "Where a petition stands, by its code (never its content or sender); the answer when "
			+ "published (personal data hidden, as in the Q&A), or whole to the signed-in petitioner; "
			+ PROGRESS_TIMES)
	Progress progress(@PathVariable String code, Locale locale, HttpServletRequest request) {
		return progressFor(code, PetitionerProof.NONE, locale, request);
	}

	/**
	 * What shows the caller to be the petitioner, in the body, so that it stays out of addresses and logs:
	 * the reading key of the notice's link, or the contact written in the petition (not for a denunciation).
	 */
	record Proof(@Nullable String contact, @Nullable String key) {

		/** Without either secret, should the body ever be logged. */
		@Override
		public String toString() {
			return new PetitionerProof(contact, key).toString();
		}
	}

	@PostMapping(path = "/api/v1/petitions/{code}/progress", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Where a petition stands, with its answer for the petitioner who gives the reading key "
			+ "of the notice's link (key), or, but for a denunciation, the phone number or e-mail address written in "
			+ "the petition (contact); answerWithheld stays true when neither opens it, and a denunciation's answer "
			+ "is the same for any contact; " + PROGRESS_TIMES)
	Progress progress(@PathVariable String code, @RequestBody Proof proof, Locale locale,
			HttpServletRequest request) {
		return progressFor(code, new PetitionerProof(proof.contact(), proof.key()), locale, request);
	}

	private Progress progressFor(String code, PetitionerProof proof, Locale locale, HttpServletRequest request) {
		if (!limits.tryAcquire("petition", request.getRemoteAddr())) {
			throw new TooManyRequestsException();
		}
		UUID reader = accounts.currentUser().map(CurrentUser::accountId).orElse(null);
		return Progress.of(petitions.progress(code, reader, proof, locale)
			.orElseThrow(() -> new NotFoundException("petition.unknown", code)));
	}

	@GetMapping("/api/v1/qa")
	@Operation(summary = "Published questions and answers, the newest first; q ignores diacritics; filter by sector, "
			+ "procedure and agency", description = "size: answers a page, 1 to 200 (50 when not given); after: where the "
					+ "page starts, as given by the Link header (rel=\"next\") of the page before, which is absent on "
					+ "the last page")
	ResponseEntity<List<PublishedAnswer>> questions(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String sector,
			@RequestParam(required = false) @Nullable String procedure,
			@Parameter(description = "the code of the agency that answered, one of GET /api/v1/agencies, in any letter "
					+ "case; every agency's when absent or blank; an unknown code answers 400") @RequestParam(
							required = false) @Nullable String agency,
			@RequestParam(defaultValue = "" + ListPage.DEFAULT_SIZE) int size,
			@RequestParam(required = false) @Nullable String after, Locale locale) {
		if (q != null && q.length() > 200) {
			throw new InvalidRequestException("petition.query.too-long");
		}
		ListPage<PublishedAnswer> page = petitions.publishedAnswers(q, sector, procedure, agency,
				QueueCursor.parse(after), size, locale);
		return NextPageLink.ok(page.next(), next -> next.queryParamIfPresent("q", Optional.ofNullable(q))
			.queryParamIfPresent("sector", Optional.ofNullable(sector))
			.queryParamIfPresent("procedure", Optional.ofNullable(procedure))
			.queryParamIfPresent("agency", Optional.ofNullable(agency))
			.queryParam("size", size)).body(page.items());
	}

	@GetMapping("/api/v1/reception/schedule")
	@Operation(summary = "The citizen reception sessions of an agency in the coming eight weeks",
			description = "agencyCode: the agency's code, one of GET /api/v1/agencies; the home agency when absent; "
					+ "an unknown code answers 400. An agency whose reception days are not published here has no "
					+ "sessions (an empty list): ask the agency itself. An agency that holds no regular reception "
					+ "from a day has an entry of that day with noRegularReception true, no times, through the "
					+ "last day without (when a later schedule starts in the eight weeks) and a notice in the "
					+ "caller's language; the sessions are the entries with noRegularReception false.")
	List<ReceptionScheduleEntry> schedule(@RequestParam(required = false) @Nullable String agencyCode,
			Locale locale) {
		return ReceptionScheduleEntry.of(
				reception.schedule(agencyCode, LocalDate.now(clock.withZone(vn.motcua.shared.VietnamTime.ZONE)), 8),
				messages, locale);
	}

	record MyPetition(String code, String kind, String channel, String status, String title, Instant receivedAt,
			@Nullable LocalDateTime dueAt, @Nullable String answer, @Nullable LocalDateTime answeredAt) {

		static MyPetition of(PetitionSummary petition) {
			return new MyPetition(petition.code(), petition.kind().name(), petition.channel().name(),
					petition.status().name(), petition.title(), petition.receivedAt(), petition.dueAt(),
					petition.answer(), petition.answeredAt());
		}

		static MyPetition of(Petition petition) {
			return of(PetitionSummary.of(petition));
		}
	}

	@GetMapping("/api/v1/my/petitions")
	@Operation(summary = "A page of the signed-in petitioner's petitions, newest first",
			description = "size: petitions a page, 1 to 200 (50 when not given); after: where the page starts, as "
					+ "given by the Link header (rel=\"next\") of the page before, which is absent on the last page")
	ResponseEntity<List<MyPetition>> mine(@RequestParam(defaultValue = "" + ListPage.DEFAULT_SIZE) int size,
			@RequestParam(required = false) @Nullable String after) {
		ListPage<PetitionSummary> page = petitions.petitionsOf(currentUser().accountId(),
				QueueCursor.parse(after), size);
		return NextPageLink.ok(page.next(), next -> next.queryParam("size", size))
			.body(page.items().stream().map(MyPetition::of).toList());
	}

	@GetMapping("/api/v1/my/petitions/{code}")
	@Operation(summary = "One of the signed-in petitioner's petitions; another's is not found")
	MyPetition mine(@PathVariable String code) {
		return MyPetition.of(petitions.petitionOf(currentUser().accountId(), code));
	}

	@PostMapping("/api/v1/my/petitions/{code}/dissatisfaction")
	@Operation(summary = "The petitioner is not satisfied with the answer")
	MyPetition dissatisfied(@PathVariable String code) {
		return MyPetition.of(petitions.dissatisfied(currentUser().accountId(), code));
	}

	/** An officer's view: {@code petitioner} is null and {@code redacted} true when the identity is secret to them. */
	record OfficerPetition(String code, String kind, String channel, String status, String ruleSet,
			String complexity, String title, String content, @Nullable String concerning,
			@Nullable String sectorCode, @Nullable String procedureCode, @Nullable String dossierCode,
			@Nullable Petitioner petitioner, boolean redacted, Instant receivedAt, LocalDateTime acceptanceDueAt,
			LocalDateTime forwardingDueAt, @Nullable LocalDateTime resolutionDueAt, int extensions,
			@Nullable String handlerName, @Nullable Timeliness acceptanceTimeliness, @Nullable String forwardedTo,
			@Nullable String refusalReason, @Nullable String answer, @Nullable Timeliness resolutionTimeliness,
			boolean published) {

		static OfficerPetition of(PetitionView view) {
			Petition p = view.petition();
			return new OfficerPetition(p.code(), p.kind().name(), p.channel().name(), p.status().name(), p.ruleSet(),
					p.complexity().name(), p.title(), p.content(), p.concerning(), p.sectorCode(), p.procedureCode(),
					p.dossierCode(), view.identity(), view.redacted(), p.receivedAt(), p.acceptanceDueAt(),
					p.forwardingDueAt(), p.resolutionDueAt(), p.extensions(), p.handlerName(),
					p.acceptanceTimeliness(), p.forwardedTo(), p.refusalReason(), p.answer(),
					p.resolutionTimeliness(), p.published());
		}
	}

	/** A line of the queue: {@code petitioner} is null and {@code redacted} true for a denunciation. */
	record QueueLine(String code, String kind, String channel, String status, String title, Instant receivedAt,
			@Nullable String sectorCode, @Nullable String handlerName, @Nullable Petitioner petitioner, boolean redacted,
			@Nullable LocalDateTime dueAt, OpenTimeliness standing) {

		static QueueLine of(PetitionQueue.Item item) {
			PetitionSummary p = item.petition();
			return new QueueLine(p.code(), p.kind().name(), p.channel().name(), p.status().name(), p.title(),
					p.receivedAt(), p.sectorCode(), p.handlerName(), p.identity(), p.redacted(), p.dueAt(),
					item.standing());
		}
	}

	@GetMapping("/api/v1/petitions")
	@Operation(summary = "A page of the open petitions of the officer's agency, soonest due first (identities redacted)",
			description = "mine=true: only those assigned to the signed-in officer; q: part of the code, words of the "
					+ "title or content (diacritics ignored; the phone numbers, e-mail addresses and ID numbers typed in them "
					+ "only for officers who handle petitions, decision 0031) or part of the petitioner's name (never a "
					+ "denouncer's); "
					+ "kind: one kind; standing: OVERDUE or WITHIN_DEADLINE; size: petitions a page, 1 to 200 "
					+ "(50 when not given); after: where the page starts, as given by the Link header (rel=\"next\") "
					+ "of the page before, which is absent on the last page. The whole petition is at /api/v1/petitions/{code}.")
	ResponseEntity<List<QueueLine>> queue(@RequestParam(defaultValue = "false") boolean mine,
			@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable PetitionKind kind,
			@RequestParam(required = false) @Nullable OpenTimeliness standing,
			@RequestParam(defaultValue = "" + PetitionManagement.QUEUE_PAGE_SIZE) int size,
			@RequestParam(required = false) @Nullable String after) {
		PetitionQueueFilter filter = new PetitionQueueFilter(mine, q, kind, standing);
		PetitionQueue page = petitions.queue(currentUser(), filter, QueueCursor.parse(after), size);
		return NextPageLink.ok(page.next(), next -> next.queryParam("mine", mine)
			.queryParamIfPresent("q", Optional.ofNullable(filter.search()))
			.queryParamIfPresent("kind", Optional.ofNullable(kind))
			.queryParamIfPresent("standing", Optional.ofNullable(standing))
			.queryParam("size", size)).body(page.items().stream().map(QueueLine::of).toList());
	}

	@GetMapping("/api/v1/petitions/{code}")
	@Operation(summary = "One petition; a denunciation's identity only for its handler and the leader (audited)")
	OfficerPetition show(@PathVariable String code) {
		return OfficerPetition.of(petitions.view(code, currentUser()));
	}

	@GetMapping("/api/v1/petitions/{code}/identity")
	@Operation(summary = "The petitioner's identity; 403 for a denunciation unless handler or leader (audited)")
	Petitioner identity(@PathVariable String code) {
		return petitions.identity(code, currentUser());
	}

	record Decision(@Nullable String reason, @Nullable String competentBody, @Nullable String answer,
			@Nullable Boolean publish, @Nullable String sectorCode, @Nullable Complexity complexity,
			@Nullable UUID officerAccountId) {
	}

	@PostMapping("/api/v1/petitions/{code}/{action}")
	@Operation(summary = "Handle a petition: action is classification, assignment, acceptance, refusal, "
			+ "forwarding, extension, answer, publication, closure or repetition")
	OfficerPetition act(@PathVariable String code, @PathVariable String action,
			@RequestBody(required = false) @Nullable Decision decision) {
		Decision given = decision == null ? new Decision(null, null, null, null, null, null, null) : decision;
		CurrentUser user = currentUser();
		String text = switch (action) {
			case "refusal", "extension" -> orEmpty(given.reason());
			case "forwarding" -> orEmpty(given.competentBody());
			case "answer" -> orEmpty(given.answer());
			default -> "";
		};
		switch (action) {
			case "classification" -> petitions.classify(code, given.sectorCode(),
					given.complexity() == null ? Complexity.ORDINARY : given.complexity(), user);
			case "assignment" -> {
				if (given.officerAccountId() == null) {
					throw new InvalidRequestException("petition.officer.unknown");
				}
				petitions.assign(code, given.officerAccountId(), user);
			}
			case "acceptance" -> petitions.accept(code, user);
			case "refusal" -> petitions.refuse(code, text, user);
			case "forwarding" -> petitions.forward(code, text, user);
			case "extension" -> petitions.extend(code, text, user);
			case "answer" -> petitions.answer(code, text, Boolean.TRUE.equals(given.publish()), user);
			case "publication" -> petitions.publish(code, user);
			case "closure" -> petitions.close(code, user);
			case "repetition" -> petitions.markRepeated(code, user);
			default -> throw new NotFoundException("petition.action.unknown", action);
		}
		return OfficerPetition.of(petitions.redactedView(petitions.track(code).orElseThrow()));
	}

	@GetMapping("/api/v1/petitions/figures")
	@Operation(summary = "Counts of the petitions received in a period, per kind, channel, sector, status and "
			+ "timeliness, and the inputs of service index criteria 5.2 and 5.3")
	PetitionFigures figures(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return petitions.figures(figuresAgency(), from, to);
	}

	/** The agency whose figures the caller reads: the one they hold a role of the figures' readers in (decision 0047). */
	private String figuresAgency() {
		return organization.agencyOf(currentUser(), FIGURES_READERS).map(Agency::code)
			.orElseThrow(() -> new AccessDeniedException("Not a reader of any agency's figures"));
	}

	private CurrentUser currentUser() {
		return accounts.currentUser().orElseThrow();
	}

	private static String orEmpty(@Nullable String text) {
		return text == null ? "" : text;
	}

	static byte @Nullable [] bytes(@Nullable MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return null;
		}
		try {
			return file.getBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
