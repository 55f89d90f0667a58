package vn.motcua.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import vn.motcua.shared.Actor;

@Tag("rule")
class ChainCheckTests {

	static List<AuditEntry> aChainOf(int length) {
		var chain = new ArrayList<AuditEntry>();
		String previous = AuditEntry.GENESIS_HASH;
		for (int sequence = 1; sequence <= length; sequence++) {
			var event = new SensitiveRead(new Actor("admin"), Instant.parse("2026-03-01T00:00:00Z"), "thing.changed",
					"Thing", "t" + sequence, "Change " + sequence, null);
			AuditEntry entry = AuditEntry.chained(sequence, UUID.randomUUID(), event, Instant.parse("2026-03-01T00:00:01Z"),
					previous);
			chain.add(entry);
			previous = entry.hash();
		}
		return chain;
	}

	static ChainVerification check(List<AuditEntry> chain, ChainHead head) {
		var check = new ChainCheck();
		for (AuditEntry entry : chain) {
			if (!check.accept(entry)) {
				break;
			}
		}
		return check.result(head);
	}

	static ChainHead headOf(List<AuditEntry> chain) {
		AuditEntry last = chain.get(chain.size() - 1);
		return new ChainHead(last.sequence(), last.hash());
	}

	@Test
	void anUntouchedChainIsValid() {
		List<AuditEntry> chain = aChainOf(5);

		assertThat(check(chain, headOf(chain))).isEqualTo(new ChainVerification(true, 5, null, null));
	}

	@Test
	void anEmptyChainIsValid() {
		assertThat(check(List.of(), new ChainHead(0, AuditEntry.GENESIS_HASH)).valid()).isTrue();
	}

	@Test
	void aChangedEntryIsAHashMismatchAtThatEntry() {
		List<AuditEntry> chain = aChainOf(5);
		AuditEntry third = chain.get(2);
		chain.set(2, new AuditEntry(3, third.id(), third.occurredAt(), third.recordedAt(), third.actor(), third.action(),
				third.recordType(), third.recordId(), "Something else", third.previousHash(), third.hash(), null));

		assertThat(check(chain, headOf(chain))).isEqualTo(new ChainVerification(false, 2, 3L, BreakReason.HASH_MISMATCH));
	}

	@Test
	void aChangedAndRehashedEntryBreaksTheLinkOfTheNextOne() {
		List<AuditEntry> chain = aChainOf(5);
		AuditEntry third = chain.get(2);
		AuditEntry forged = new AuditEntry(3, third.id(), third.occurredAt(), third.recordedAt(), third.actor(),
				third.action(), third.recordType(), third.recordId(), "Something else", third.previousHash(), "", null);
		chain.set(2, forged.withHash(ChainHash.of(forged)));

		assertThat(check(chain, headOf(chain))).isEqualTo(new ChainVerification(false, 3, 4L, BreakReason.BROKEN_LINK));
	}

	@Test
	void aDeletedEntryIsAGapAtItsNumber() {
		List<AuditEntry> chain = aChainOf(5);
		ChainHead head = headOf(chain);
		chain.remove(1);

		assertThat(check(chain, head)).isEqualTo(new ChainVerification(false, 1, 2L, BreakReason.SEQUENCE_GAP));
	}

	@Test
	void deletedLastEntriesAreAGapAgainstTheHead() {
		List<AuditEntry> chain = aChainOf(5);
		ChainHead head = headOf(chain);

		assertThat(check(chain.subList(0, 3), head))
			.isEqualTo(new ChainVerification(false, 3, 4L, BreakReason.SEQUENCE_GAP));
	}

	@Test
	void aRehashedLastEntryNoLongerMatchesTheHead() {
		List<AuditEntry> chain = aChainOf(3);
		ChainHead head = headOf(chain);
		AuditEntry last = chain.get(2);
		AuditEntry forged = new AuditEntry(3, last.id(), last.occurredAt(), last.recordedAt(), "someone", last.action(),
				last.recordType(), last.recordId(), last.summary(), last.previousHash(), "", null);
		chain.set(2, forged.withHash(ChainHash.of(forged)));

		assertThat(check(chain, head)).isEqualTo(new ChainVerification(false, 3, 3L, BreakReason.BROKEN_LINK));
	}

	@Test
	void aForeignFirstEntryBreaksTheLinkToGenesis() {
		List<AuditEntry> chain = aChainOf(2);
		AuditEntry first = chain.get(0);
		AuditEntry forged = new AuditEntry(1, first.id(), first.occurredAt(), first.recordedAt(), first.actor(),
				first.action(), first.recordType(), first.recordId(), first.summary(), "f".repeat(64), "", null);
		chain.set(0, forged.withHash(ChainHash.of(forged)));

		assertThat(check(chain, headOf(chain))).isEqualTo(new ChainVerification(false, 0, 1L, BreakReason.BROKEN_LINK));
	}
}
