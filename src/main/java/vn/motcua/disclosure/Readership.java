package vn.motcua.disclosure;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Who of the agency's officers confirmed reading a staff publication and who has not yet, for its
 * publisher, the leader and the inspection board.
 */
public record Readership(List<Reader> read, List<Reader> notRead) {

	/** An officer, with when they confirmed reading it (null while they have not). */
	public record Reader(String fullName, String positionTitle, @Nullable Instant readAt) {
	}

	public int officers() {
		return read.size() + notRead.size();
	}
}
