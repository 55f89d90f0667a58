package vn.motcua.shared;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Where an entry in force from its date stands today among those of its kind that are only ever added (an
 * agency's reception schedules, decision 0052; its appointment rule sets, decision 0034): each applies from
 * its date until a later one starts, and one set later from the same date replaced the earlier before it
 * applied.
 */
public enum EffectiveStanding {

	UPCOMING, IN_FORCE, EARLIER, REPLACED;

	/**
	 * The standing of each entry, in the order given: the latest first, by first day and then by when set.
	 *
	 * @param from the entry's first day
	 */
	public static <T> List<EffectiveStanding> of(List<T> latestFirst, Function<T, LocalDate> from, LocalDate today) {
		Set<LocalDate> dates = new HashSet<>();
		List<EffectiveStanding> standings = new ArrayList<>();
		boolean inForceFound = false;
		for (T entry : latestFirst) {
			LocalDate first = from.apply(entry);
			if (!dates.add(first)) {
				standings.add(REPLACED);
			}
			else if (first.isAfter(today)) {
				standings.add(UPCOMING);
			}
			else {
				standings.add(inForceFound ? EARLIER : IN_FORCE);
				inForceFound = true;
			}
		}
		return standings;
	}
}
