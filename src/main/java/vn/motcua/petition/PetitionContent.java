package vn.motcua.petition;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import vn.motcua.petition.PetitionKind.Field;
import vn.motcua.shared.InvalidRequestException;

/**
 * What a petition must contain to be received: the parts its kind requires, and texts within
 * their lengths. Text is kept as typed (pages escape it), so script in it is harmless.
 */
final class PetitionContent {

	static final int MAX_TITLE = 200;
	static final int MAX_CONTENT = 8000;
	static final int MAX_SHORT = 300;
	static final int MAX_ADDRESS = 500;
	static final int MAX_CONCERNING = 1000;
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
	private static final Pattern PHONE = Pattern.compile("\\+?[0-9 .\\-]{8,20}");
	private static final Pattern DOSSIER_CODE = Pattern.compile("[A-Za-z0-9.\\-]{1,60}");

	private PetitionContent() {
	}

	static void check(PetitionSubmission submission) {
		List<Field> missing = new ArrayList<>();
		if (blank(submission.title())) {
			missing.add(Field.TITLE);
		}
		if (blank(submission.content())) {
			missing.add(Field.CONTENT);
		}
		for (Field field : submission.kind().required()) {
			boolean absent = switch (field) {
				case NAME -> blank(submission.name());
				case ADDRESS -> blank(submission.address());
				case CONTACT -> blank(submission.phone()) && blank(submission.email());
				case CONCERNING -> blank(submission.concerning());
				case TITLE, CONTENT -> false;
			};
			if (absent) {
				missing.add(field);
			}
		}
		if (!missing.isEmpty()) {
			throw new IncompletePetitionException(submission.kind(), missing);
		}
		length("petition.field.title", submission.title(), MAX_TITLE);
		length("petition.field.content", submission.content(), MAX_CONTENT);
		length("petition.field.name", submission.name(), MAX_SHORT);
		length("petition.field.address", submission.address(), MAX_ADDRESS);
		length("petition.field.concerning", submission.concerning(), MAX_CONCERNING);
		if (!blank(submission.email()) && (submission.email().length() > 200 || !EMAIL.matcher(submission.email().strip()).matches())) {
			throw new InvalidRequestException("petition.email.invalid");
		}
		if (!blank(submission.phone()) && !PHONE.matcher(submission.phone().strip()).matches()) {
			throw new InvalidRequestException("petition.phone.invalid");
		}
		if (!blank(submission.dossierCode()) && !DOSSIER_CODE.matcher(submission.dossierCode().strip()).matches()) {
			throw new InvalidRequestException("petition.dossier-code.invalid");
		}
	}

	private static void length(String fieldKey, @Nullable String text, int max) {
		if (text != null && text.strip().length() > max) {
			throw new InvalidRequestException("petition.too-long",
					new org.springframework.context.support.DefaultMessageSourceResolvable(fieldKey), max);
		}
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}
}
