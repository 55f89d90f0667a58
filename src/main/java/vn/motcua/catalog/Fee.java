package vn.motcua.catalog;

import java.util.Objects;

/** A fee or charge (phí, lệ phí) of a procedure, in Vietnamese đồng. */
public record Fee(String name, long amount) {

	public Fee {
		Objects.requireNonNull(name, "name");
	}
}
