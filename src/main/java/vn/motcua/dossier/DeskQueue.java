package vn.motcua.dossier;

import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.motcua.shared.QueueCursor;

/**
 * One page of the dossiers waiting for the desk's decision, oldest first, and where the next page
 * starts (null on the last); {@code waiting} counts every dossier waiting at the officer's agencies,
 * whatever the page and the search show.
 */
public record DeskQueue(List<DossierListItem> items, @Nullable QueueCursor next, long waiting) {

	static final DeskQueue EMPTY = new DeskQueue(List.of(), null, 0);
}
