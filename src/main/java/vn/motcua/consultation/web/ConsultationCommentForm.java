package vn.motcua.consultation.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonIgnore;

import vn.motcua.consultation.CommentSubmission;
import vn.motcua.consultation.CommenterKind;

/** The comment form, on the consultation's page and on the API (as JSON). */
public class ConsultationCommentForm {

	private CommenterKind commenterKind = CommenterKind.INDIVIDUAL;
	private String name = "";
	private @Nullable String organisationName;
	private @Nullable String contact;
	private @Nullable String clause;
	private String text = "";
	/** Set when the form is shown; the API takes it from the Idempotency-Key header instead. */
	@JsonIgnore
	private @Nullable String submissionKey;

	CommentSubmission submission(@Nullable UUID accountId) {
		return new CommentSubmission(commenterKind, name, organisationName, contact, clause, text, accountId);
	}

	/** A form shown anew: its own submission key. */
	ConsultationCommentForm withNewSubmissionKey() {
		this.submissionKey = UUID.randomUUID().toString();
		return this;
	}

	public CommenterKind getCommenterKind() { return commenterKind; }
	public void setCommenterKind(CommenterKind commenterKind) { this.commenterKind = commenterKind; }
	public String getName() { return name; }
	public void setName(@Nullable String name) { this.name = name == null ? "" : name; }
	public @Nullable String getOrganisationName() { return organisationName; }
	public void setOrganisationName(@Nullable String organisationName) { this.organisationName = organisationName; }
	public @Nullable String getContact() { return contact; }
	public void setContact(@Nullable String contact) { this.contact = contact; }
	public @Nullable String getClause() { return clause; }
	public void setClause(@Nullable String clause) { this.clause = clause; }
	public String getText() { return text; }
	public void setText(@Nullable String text) { this.text = text == null ? "" : text; }
	public @Nullable String getSubmissionKey() { return submissionKey; }
	public void setSubmissionKey(@Nullable String submissionKey) { this.submissionKey = submissionKey; }
}
