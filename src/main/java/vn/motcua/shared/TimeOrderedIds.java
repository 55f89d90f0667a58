package vn.motcua.shared;

import java.util.UUID;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;

/**
 * Keys of the rows that accumulate year after year (dossiers and their drafts, notices, audit
 * entries, ratings, petitions, reception records): UUIDs of version 7 (RFC 9562), whose first 48 bits
 * are the time they were made. A random UUID puts each new row on a random page of every index over
 * its key, so once those indexes outgrow the database's memory every insert reads and dirties a page
 * from anywhere in them; time-ordered keys land on the few most recent pages (decision 0019). A key
 * tells when its row was made, which for these rows is recorded beside it anyway; not for secrets
 * (keys made in the same millisecond follow each other).
 */
public final class TimeOrderedIds {

	/** Thread-safe; within one millisecond it counts up, so keys made here also sort in the order made. */
	private static final TimeBasedEpochGenerator GENERATOR = Generators.timeBasedEpochGenerator();

	private TimeOrderedIds() {
	}

	public static UUID next() {
		return GENERATOR.generate();
	}
}
