package vn.motcua.catalog;

import java.util.Objects;

/** A field of state management (lĩnh vực), such as electricity or petroleum; ordered by position. */
public record Sector(String code, String name, int position) {

	public Sector {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
	}
}
