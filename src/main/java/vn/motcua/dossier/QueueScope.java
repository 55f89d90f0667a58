package vn.motcua.dossier;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** Whose work a queue shows: the signed-in officer's own, or a unit head's view of the unit. */
public enum QueueScope {
	MINE,
	UNIT;

	/** The scope a request names ({@code scope=unit}); anything else is the officer's own queue. */
	public static QueueScope named(@Nullable String name) {
		return "unit".equals(name) ? UNIT : MINE;
	}

	/** The name a request gives this scope by. */
	public String parameter() {
		return name().toLowerCase(Locale.ROOT);
	}
}
