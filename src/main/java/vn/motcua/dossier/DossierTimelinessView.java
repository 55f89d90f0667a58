package vn.motcua.dossier;

import org.jspecify.annotations.Nullable;

import vn.motcua.calendar.OpenTimeliness;
import vn.motcua.calendar.Timeliness;

/** A dossier's timeliness: {@code finished} once it ended, {@code open} while it is still handled. */
public record DossierTimelinessView(String code, @Nullable Timeliness finished, @Nullable OpenTimeliness open) {
}
