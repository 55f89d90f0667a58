package vn.motcua.consultation;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.identity.CurrentUser;
import vn.motcua.shared.Actor;
import vn.motcua.shared.InvalidFieldException;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.SubmissionKeys;
import vn.motcua.shared.VietnamTime;

/**
 * Receives comments on a consultation during its period, from anyone for a public one and from the
 * agency's officers for a staff one, each with a code its commenter can quote. A comment sent again
 * with the same submission key gets the comment of the first sending (decision 0017).
 */
@Service
public class ConsultationCommentIntake {

	private static final String SCOPE = "consultation-comment";

	private final ConsultationManagement consultations;
	private final ConsultationCommentRepository comments;
	private final ConsultationOfficers officers;
	private final SubmissionKeys keys;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final TransactionTemplate inTransaction;

	ConsultationCommentIntake(ConsultationManagement consultations, ConsultationCommentRepository comments,
			ConsultationOfficers officers, SubmissionKeys keys, JdbcClient jdbc, ApplicationEventPublisher events,
			Clock clock, PlatformTransactionManager transactions) {
		this.consultations = consultations;
		this.comments = comments;
		this.officers = officers;
		this.keys = keys;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
		this.inTransaction = new TransactionTemplate(transactions);
	}

	/**
	 * Receives the comment, or returns the one received earlier with this key.
	 *
	 * @throws vn.motcua.shared.NotFoundException when the commenter may not see the consultation
	 * @throws InvalidRequestException when it takes no comments now, or the key was used for another comment
	 * @throws InvalidFieldException when a part is missing or too long
	 */
	public ConsultationComment comment(UUID consultationId, CommentSubmission sent, @Nullable CurrentUser user,
			@Nullable String submissionKey) {
		if (submissionKey == null) {
			return inTransaction.execute(status -> receive(consultationId, sent, user));
		}
		String key = SubmissionKeys.checked(submissionKey);
		String digest = keys.digest(Arrays.asList(consultationId, sent.commenterKind(), sent.name(),
				sent.organisationName(), sent.contact(), sent.clause(), sent.text(), sent.accountId()));
		try {
			return inTransaction.execute(status -> earlier(key, digest).orElseGet(() -> {
				ConsultationComment comment = receive(consultationId, sent, user);
				keys.record(SCOPE, key, digest, comment.code(), clock.instant());
				return comment;
			}));
		}
		catch (DuplicateKeyException sentTwiceAtOnce) {
			return inTransaction.execute(status -> earlier(key, digest).orElseThrow(() -> sentTwiceAtOnce));
		}
	}

	private Optional<ConsultationComment> earlier(String key, String digest) {
		return keys.find(SCOPE, key).map(use -> comments.findByCode(use.codeFor(digest)).orElseThrow());
	}

	private ConsultationComment receive(UUID consultationId, CommentSubmission sent, @Nullable CurrentUser user) {
		Consultation consultation = consultations.forReader(consultationId, user);
		if (!consultation.isPublic() && !officers.isStaff(consultation.agencyId(), user)) {
			throw new InvalidRequestException("consultation.comment.staff-only");
		}
		Instant now = clock.instant();
		if (!consultation.takesCommentsAt(now)) {
			throw new InvalidRequestException(refusal(consultation, now),
					VietnamTime.PRINTED_DATE.format(consultation.opensOn()),
					VietnamTime.PRINTED_DATE.format(consultation.closesOn()));
		}
		ConsultationComment comment = comments.save(ConsultationComment.submit(consultationId, nextCode(), sent, now));
		events.publishEvent(new ConsultationCommentChanged(Actor.current(), now, comment.code(), consultationId,
				consultation.agencyCode(), "commented", null));
		return comment;
	}

	/** Why it takes no comment now: not yet open, or closed (the period ended or the synthesis is out). */
	public static String refusal(Consultation consultation, Instant now) {
		return consultation.period().notYetOpenAt(now) ? "consultation.comment.not-yet-open"
				: "consultation.comment.closed";
	}

	/** "GY" and a number of at least six digits, from a sequence shared by every instance. */
	private String nextCode() {
		long number = jdbc.sql("SELECT nextval('consultation_comment_code_seq')").query(Long.class).single();
		return "GY%06d".formatted(number);
	}
}
