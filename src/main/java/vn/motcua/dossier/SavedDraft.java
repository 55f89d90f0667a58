package vn.motcua.dossier;

import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.motcua.shared.InvalidRequestException;

/**
 * What saving a draft came to: the draft as saved (none when a new one had nothing to keep) and, for
 * each file that was not accepted, why; the accepted files were kept all the same.
 */
public record SavedDraft(@Nullable DossierDraft draft, List<InvalidRequestException> refusedFiles) {
}
