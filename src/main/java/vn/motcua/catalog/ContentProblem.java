package vn.motcua.catalog;

import java.util.Arrays;

import org.springframework.context.MessageSourceResolvable;

/** One thing wrong with a procedure's content: a message key of the catalog bundle and its arguments. */
public record ContentProblem(String key, Object... arguments) implements MessageSourceResolvable {

	@Override
	public String[] getCodes() {
		return new String[] { key };
	}

	@Override
	public Object[] getArguments() {
		return arguments.clone();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ContentProblem problem && key.equals(problem.key)
				&& Arrays.equals(arguments, problem.arguments);
	}

	@Override
	public int hashCode() {
		return 31 * key.hashCode() + Arrays.hashCode(arguments);
	}

	@Override
	public String toString() {
		return key + Arrays.toString(arguments);
	}
}
