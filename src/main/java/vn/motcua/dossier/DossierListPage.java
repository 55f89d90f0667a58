package vn.motcua.dossier;

import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.QueueCursor;

/**
 * One page of a list of dossiers (the desk's waiting list, the first submitted first; an applicant's
 * own, the newest first), where the next page starts (null on the last) and {@code total}, the
 * dossiers of the whole list, whatever the page and a search show.
 */
public record DossierListPage(List<DossierListItem> items, @Nullable QueueCursor next, long total) {

	/** The dossiers on a page unless the caller asks for another number. */
	public static final int DEFAULT_SIZE = 50;

	/** The most dossiers on a page. */
	public static final int MAX_SIZE = 200;

	static final DossierListPage EMPTY = new DossierListPage(List.of(), null, 0);

	/** @throws InvalidRequestException when {@code size} is not between 1 and {@link #MAX_SIZE} */
	static void requireSize(int size) {
		if (size < 1 || size > MAX_SIZE) {
			throw new InvalidRequestException("dossier.work.queue.bad-size", MAX_SIZE);
		}
	}
}
