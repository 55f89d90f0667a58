package vn.motcua.consultation.web;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.motcua.consultation.Consultation;
import vn.motcua.consultation.ConsultationComment;
import vn.motcua.consultation.ConsultationCommentIntake;
import vn.motcua.consultation.ConsultationLists;
import vn.motcua.consultation.ConsultationManagement;
import vn.motcua.consultation.ConsultationSummary;
import vn.motcua.consultation.ConsultationSynthesis;
import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.CurrentUser;
import vn.motcua.shared.ListPage;
import vn.motcua.shared.NextPageLink;
import vn.motcua.shared.QueueCursor;
import vn.motcua.shared.RateLimits;
import vn.motcua.shared.TooManyRequestsException;

/**
 * Public drafts put out for comment over the API: the list, one draft with its synthesis once
 * published, and sending a comment with an Idempotency-Key. Staff consultations are not served here.
 */
@RestController
@Tag(name = "Consultations")
class ConsultationApi {

	private static final String SUBMISSION_KEY = "a key of the client's choosing (a UUID): sending again with it "
			+ "returns the comment of the first sending; with other content it is refused";

	private final ConsultationManagement consultations;
	private final ConsultationCommentIntake intake;
	private final ConsultationLists lists;
	private final ConsultationSynthesis synthesis;
	private final AccountManagement accounts;
	private final RateLimits limits;
	private final Clock clock;

	ConsultationApi(ConsultationManagement consultations, ConsultationCommentIntake intake, ConsultationLists lists,
			ConsultationSynthesis synthesis, AccountManagement accounts, RateLimits limits, Clock clock) {
		this.consultations = consultations;
		this.intake = intake;
		this.lists = lists;
		this.synthesis = synthesis;
		this.accounts = accounts;
		this.limits = limits;
		this.clock = clock;
	}

	/**
	 * A draft for comment; {@code agencyCode} the agency that put it out, {@code synthesis} only once
	 * published, {@code comments} the count before.
	 */
	record Details(UUID id, String agencyCode, String title, String documentType, String status, String draftingUnit, String summary,
			LocalDate opensOn, LocalDate closesOn, boolean takesComments, long daysLeft, long comments,
			List<URI> draftFiles, ConsultationSynthesis.@Nullable Published synthesis) {
	}

	record Received(String code, Instant submittedAt) {
	}

	@GetMapping("/api/v1/consultations")
	@Operation(summary = "The public drafts put out for comment, latest closing date first (open ones before closed)",
			description = "size: drafts a page, 1 to 200 (50 when not given); after: where the page starts, as the "
					+ "Link header of the page before gives it")
	ResponseEntity<List<ConsultationSummary>> list(@RequestParam(defaultValue = "" + ListPage.DEFAULT_SIZE) int size,
			@RequestParam(required = false) @Nullable String after) {
		ListPage<ConsultationSummary> page = lists.published(QueueCursor.parse(after), size);
		return NextPageLink.ok(page.next(), next -> next.queryParam("size", size)).body(page.items());
	}

	@GetMapping("/api/v1/consultations/{id}")
	@Operation(summary = "One public draft put out for comment, with the synthesis of comments once published")
	Details show(@PathVariable UUID id, Locale locale) {
		Consultation consultation = consultations.forReader(id, null);
		Instant now = clock.instant();
		List<URI> files = IntStream.range(0, consultation.draftFiles().size())
			.mapToObj(index -> URI.create("/consultations/" + id + "/files/" + index)).toList();
		return new Details(id, consultation.agencyCode(), consultation.title(), consultation.documentType().name(), consultation.status().name(),
				consultation.draftingUnit(), consultation.summary(), consultation.opensOn(), consultation.closesOn(),
				consultation.takesCommentsAt(now), consultation.period().daysLeftAt(now), synthesis.count(consultation),
				files, synthesis.of(consultation, locale).orElse(null));
	}

	@PostMapping(path = "/api/v1/consultations/{id}/comments", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Comment on a draft during its comment period; answers 201 with the comment's code, "
			+ "400 as problem details when a part is missing or the period is not running")
	ResponseEntity<Received> comment(@PathVariable UUID id, @RequestBody ConsultationCommentForm form,
			@Parameter(description = SUBMISSION_KEY) @RequestHeader(name = "Idempotency-Key",
					required = false) @Nullable String submissionKey,
			HttpServletRequest request) {
		CurrentUser user = accounts.currentUser().orElse(null);
		if (user == null && !limits.tryAcquire("consultation-comment", request.getRemoteAddr())) {
			throw new TooManyRequestsException();
		}
		ConsultationComment comment = intake.comment(id, form.submission(user == null ? null : user.accountId()),
				user, submissionKey);
		return ResponseEntity.created(URI.create("/api/v1/consultations/" + id))
			.body(new Received(comment.code(), comment.submittedAt()));
	}
}
