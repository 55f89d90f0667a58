package vn.motcua.petition;

import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.motcua.calendar.OpenTimeliness;
import vn.motcua.shared.QueueCursor;

/**
 * One page of the open petitions of an agency, soonest due first, and where the next page starts
 * (null on the last); {@code open} and {@code overdue} count the whole queue, whatever the page shows.
 */
public record PetitionQueue(List<Item> items, @Nullable QueueCursor next, long open, long overdue) {

	/** A line of the queue: the petition, and whether the step it waits for is overdue. */
	public record Item(PetitionSummary petition, OpenTimeliness standing) {
	}
}
