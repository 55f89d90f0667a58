package vn.motcua.dossier.web;

import java.util.Arrays;
import java.util.List;

/** The documents an officer names as missing, typed one a line in a form's text box. */
final class MissingItems {

	private MissingItems() {
	}

	/** Each non-blank line, trimmed; none when only blank lines were typed. */
	static List<String> fromLines(String typed) {
		return Arrays.stream(typed.split("\\R")).map(String::trim).filter(line -> !line.isEmpty()).toList();
	}
}
