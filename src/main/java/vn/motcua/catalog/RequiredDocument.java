package vn.motcua.catalog;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A document a procedure asks for (thành phần hồ sơ): how many originals, certified copies and
 * photocopies, whether it is mandatory, and its form template if it has one.
 */
public record RequiredDocument(String name, int originals, int certifiedCopies, int photocopies, boolean mandatory,
		@Nullable FormTemplate formTemplate) {

	public RequiredDocument {
		Objects.requireNonNull(name, "name");
	}

	RequiredDocument withFormTemplate(FormTemplate template) {
		return new RequiredDocument(name, originals, certifiedCopies, photocopies, mandatory, template);
	}
}
