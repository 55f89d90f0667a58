package vn.motcua.consultation;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import vn.motcua.shared.PersonalData;

/**
 * The synthesis of comments and how each was taken up or explained (bản tổng hợp, tiếp thu, giải
 * trình), as published: organisations by name, individuals' names masked, contacts never, and any
 * personal data typed into a text hidden.
 */
@Service
public class ConsultationSynthesis {

	/** One comment as published. */
	public record Line(String code, CommenterKind commenterKind, String commenter, @Nullable String clause,
			String text, CommentDecision decision, @Nullable String explanation) {
	}

	/** The published lines, with how many comments had each decision. */
	public record Published(List<Line> lines, Map<CommentDecision, Long> counts) {
	}

	private final ConsultationCommentRepository comments;
	private final MessageSource messages;

	ConsultationSynthesis(ConsultationCommentRepository comments, MessageSource messages) {
		this.comments = comments;
		this.messages = messages;
	}

	/** The synthesis once published; before that, none. */
	public Optional<Published> of(Consultation consultation, Locale locale) {
		if (consultation.status() != ConsultationStatus.SYNTHESIS_PUBLISHED) {
			return Optional.empty();
		}
		String hidden = messages.getMessage(PersonalData.HIDDEN, null, locale);
		List<Line> lines = comments.findOf(consultation.id()).stream().map(comment -> line(comment, hidden)).toList();
		Map<CommentDecision, Long> counts = new EnumMap<>(CommentDecision.class);
		for (CommentDecision decision : CommentDecision.values()) {
			counts.put(decision, lines.stream().filter(line -> line.decision() == decision).count());
		}
		return Optional.of(new Published(lines, counts));
	}

	/** How many comments it has: all that is public of them before the synthesis. */
	public long count(Consultation consultation) {
		return comments.countOf(consultation.id());
	}

	private static Line line(ConsultationComment comment, String hidden) {
		String commenter = comment.commenterKind() == CommenterKind.ORGANISATION ? comment.publicName()
				: PersonalData.maskName(comment.commenterName());
		String explanation = comment.explanation();
		return new Line(comment.code(), comment.commenterKind(), PersonalData.mask(commenter, hidden),
				comment.clause(), PersonalData.mask(comment.commentText(), hidden),
				Objects.requireNonNull(comment.decision(), "a published synthesis has every decision"),
				explanation == null ? null : PersonalData.mask(explanation, hidden));
	}
}
