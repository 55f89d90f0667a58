package vn.motcua.notification.web;

import org.jspecify.annotations.Nullable;

/** A template as the editor sends it; the subject is for e-mail only. */
record TemplateForm(@Nullable String subject, String body) {

	TemplateForm(@Nullable String subject, @Nullable String body) {
		this.subject = subject;
		this.body = body == null ? "" : body;
	}
}
