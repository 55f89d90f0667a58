package vn.motcua.catalog;

import java.util.List;

import vn.motcua.shared.InvalidRequestException;

/**
 * A procedure's content was refused: it is invalid (on any save) or incomplete (when announced).
 * The message names the first problem; {@link #problems()} names them all.
 */
public class ContentProblemsException extends InvalidRequestException {

	private final transient List<ContentProblem> problems;

	ContentProblemsException(String messageKey, String procedureCode, List<ContentProblem> problems) {
		super(messageKey, procedureCode, problems.size(), problems.get(0));
		this.problems = List.copyOf(problems);
	}

	static void throwIfAny(String messageKey, String procedureCode, List<ContentProblem> problems) {
		if (!problems.isEmpty()) {
			throw new ContentProblemsException(messageKey, procedureCode, problems);
		}
	}

	/** Every problem, each naming what is wrong. */
	public List<ContentProblem> problems() {
		return problems;
	}
}
