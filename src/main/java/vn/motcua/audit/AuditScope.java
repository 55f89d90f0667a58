package vn.motcua.audit;

import java.util.Set;

/**
 * Which part of the trail a reader may read (decision 0051): the whole of it (the installation's
 * administrators), or the entries of the agencies whose People's Inspection Board they sit on, with the
 * entries of no agency (the installation's own records, and those written before entries had an agency)
 * for the home agency's board.
 */
public record AuditScope(boolean whole, Set<String> agencyCodes, boolean withoutAgency) {

	public AuditScope {
		agencyCodes = Set.copyOf(agencyCodes);
	}

	/** Every entry. */
	public static AuditScope wholeTrail() {
		return new AuditScope(true, Set.of(), true);
	}

	/** The entries of those agencies, and those of no agency when {@code withoutAgency}. */
	public static AuditScope ofAgencies(Set<String> agencyCodes, boolean withoutAgency) {
		return new AuditScope(false, agencyCodes, withoutAgency);
	}

	/** Whether no entry at all is in it. */
	boolean isEmpty() {
		return !whole && agencyCodes.isEmpty() && !withoutAgency;
	}
}
