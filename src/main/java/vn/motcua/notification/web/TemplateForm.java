package vn.motcua.notification.web;

import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/** A template as the editor sends it; the subject is for e-mail only. */
record TemplateForm(@Nullable String subject, String body) {

	TemplateForm(@Nullable String subject, @Nullable String body) {
		this.subject = subject;
		this.body = body == null ? "" : body;
	}

	/** The field a refusal of the template is about ("notification.template.body.…"), or null: the whole form. */
	static @Nullable String fieldOf(String messageKey) {
		return Stream.of("subject", "body")
			.filter(field -> messageKey.startsWith("notification.template." + field + "."))
			.findFirst()
			.orElse(null);
	}
}
