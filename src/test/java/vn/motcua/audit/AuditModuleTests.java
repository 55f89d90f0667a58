package vn.motcua.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.identity.AccountChanged;
import vn.motcua.shared.Actor;
import vn.motcua.shared.VietnamTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit module against its real database. The identity module's real event
 * {@link AccountChanged} stands for any module's event: the listener is declared on the interface
 * {@code AuditableEvent} only. The real event publication registry holds what the former outbox
 * listener left.
 */
@ApplicationModuleTest
@Import(WithoutTheOrganization.class)
class AuditModuleTests {

	static final Duration PATIENCE = Duration.ofSeconds(30);

	@Autowired
	AuditTrail trail;
	@Autowired
	TransactionTemplate transactions;
	@Autowired
	ApplicationEventPublisher events;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	JdbcTemplate batches;
	@Autowired
	Clock clock;

	AccountChanged anAccountChange(UUID accountId) {
		return new AccountChanged(new Actor("admin"), clock.instant(), "account.updated", accountId,
				"Officer account now has roles [SPECIALIST]");
	}

	List<AuditEntry> entriesOf(String recordType, String recordId) {
		return trail.entries(new AuditFilter(recordType, recordId, null, null, null, null),
				AuditScope.wholeTrail(), 0, 10).content();
	}

	@Test
	void aCommittedStateChangeOfAnyModuleBecomesOneEntry(Scenario scenario) {
		AccountChanged change = anAccountChange(UUID.randomUUID());

		scenario.publish(change)
			.andWaitAtMost(PATIENCE)
			.andWaitForStateChange(() -> entriesOf("Account", change.recordId()), entries -> !entries.isEmpty())
			.andVerify(entries -> assertThat(entries).singleElement().satisfies(entry -> {
				assertThat(entry.actor()).isEqualTo("admin");
				assertThat(entry.action()).isEqualTo("account.updated");
				assertThat(entry.summary()).isEqualTo(change.summary());
				assertThat(entry.occurredAt()).isEqualTo(change.occurredAt().truncatedTo(ChronoUnit.MICROS));
				assertThat(entry.isIntact()).isTrue();
				assertThat(entry.id().version()).isEqualTo(7); // time-ordered, see TimeOrderedIds
			}));
	}

	@Test
	void aRolledBackStateChangeLeavesNoEntryAndNoPublication(Scenario scenario) {
		AccountChanged rolledBack = anAccountChange(UUID.randomUUID());
		transactions.executeWithoutResult(status -> {
			events.publishEvent(rolledBack);
			status.setRollbackOnly();
		});
		AccountChanged committed = anAccountChange(UUID.randomUUID());

		// published after the rolled-back one: once it is recorded, the other would be too, had its
		// publication survived the rollback
		scenario.publish(committed)
			.andWaitAtMost(PATIENCE)
			.andWaitForStateChange(() -> entriesOf("Account", committed.recordId()), entries -> !entries.isEmpty())
			.andVerify(entries -> {
				assertThat(entriesOf("Account", rolledBack.recordId())).isEmpty();
				assertThat(publicationsOf(rolledBack)).isZero();
			});
	}

	@Test
	void theEntryCommitsWithTheChangeWithoutAPublication() {
		AccountChanged change = anAccountChange(UUID.randomUUID());

		transactions.executeWithoutResult(status -> {
			events.publishEvent(change);
			// recorded just before the commit, not when published
			assertThat(entriesOf("Account", change.recordId())).isEmpty();
		});

		assertThat(entriesOf("Account", change.recordId())).singleElement()
			.satisfies(entry -> assertThat(entry.summary()).isEqualTo(change.summary()));
		assertThat(publicationsOf(change)).isZero();
	}

	/**
	 * A change's transaction does not wait for the chain: it commits while another transaction holds
	 * the chain head's lock (as a seal or a sensitive read does), and its entry is chained after.
	 */
	@Test
	void aChangeCommitsWhileTheChainHeadIsLocked() throws Exception {
		AccountChanged change = anAccountChange(UUID.randomUUID());
		CountDownLatch locked = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<?> holder = pool.submit(() -> transactions.executeWithoutResult(status -> {
				jdbc.sql("SELECT last_sequence FROM audit_chain_head WHERE id = 1 FOR UPDATE").query(Long.class).single();
				locked.countDown();
				await(release);
			}));
			assertThat(locked.await(10, TimeUnit.SECONDS)).as("the head locked").isTrue();

			Future<?> committed = pool.submit(() -> transactions.executeWithoutResult(status -> events.publishEvent(change)));
			committed.get(10, TimeUnit.SECONDS);
			release.countDown();
			holder.get(10, TimeUnit.SECONDS);
		}
		finally {
			release.countDown();
			pool.shutdownNow();
		}

		assertThat(entriesOf("Account", change.recordId())).singleElement()
			.satisfies(entry -> assertThat(entry.isIntact()).isTrue());
		assertThat(trail.verify().valid()).isTrue();
	}

	/** Changes are chained in the order they were recorded, the changes of one transaction too. */
	@Test
	void changesAreChainedInTheOrderTheyArrived() {
		UUID account = UUID.randomUUID();
		List<AccountChanged> changes = Stream.of("first", "second", "third")
			.map(summary -> new AccountChanged(new Actor("admin"), clock.instant(), "account.updated", account, summary))
			.toList();

		transactions.executeWithoutResult(status -> changes.forEach(events::publishEvent));

		// newest first: the last recorded has the highest sequence number
		assertThat(entriesOf("Account", account.toString())).extracting(AuditEntry::summary)
			.containsExactly("third", "second", "first");
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Test
	void aChangeMadeOutsideATransactionIsRecordedAtOnce() {
		AccountChanged change = anAccountChange(UUID.randomUUID());

		events.publishEvent(change);

		assertThat(entriesOf("Account", change.recordId())).hasSize(1);
	}

	@Test
	void aPublicationTheFormerOutboxListenerLeftIsRecordedOnce(@Autowired EventSerializer serializer,
			@Autowired EventPublicationRegistry registry, @Autowired FormerOutboxPublications formerPublications) {
		AccountChanged change = anAccountChange(UUID.randomUUID());
		assertThat(serializer.deserialize(serializer.serialize(change), AccountChanged.class)).isEqualTo(change);
		// stored as the former listener's publication, as if the application had stopped before it ran
		var former = PublicationTargetIdentifier.of(FormerOutboxPublications.FORMER_LISTENER);
		transactions.executeWithoutResult(status -> registry.store(change, Stream.of(former)));
		// what the registry's own resubmission on restart does when no listener has the id
		transactions.executeWithoutResult(status -> registry.markFailed(change, former));
		assertThat(publicationsOf(change)).isOne();

		assertThat(formerPublications.record()).isPositive();
		formerPublications.record();

		assertThat(entriesOf("Account", change.recordId())).singleElement()
			.satisfies(entry -> assertThat(entry.summary()).isEqualTo(change.summary()));
		assertThat(publicationsOf(change)).isZero();
		assertThat(trail.verify().valid()).isTrue();
	}

	long publicationsOf(AccountChanged change) {
		return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE ?")
			.param("%" + change.recordId() + "%")
			.query(Long.class)
			.single();
	}

	/**
	 * The whole trail's page p holds the entries numbered from the count minus p pages down, the
	 * latest first, and its count is the number of entries up to the head.
	 */
	@Test
	void theWholeTrailIsPagedByItsSequenceNumbers() {
		for (int i = 0; i < 45; i++) {
			trail.recordRead(new Actor("inspector"), "test.paged", "Test", UUID.randomUUID().toString(), "paged");
		}
		int size = 20;
		for (int page : new int[] { 0, 2 }) {
			AuditPage read = trail.entries(AuditFilter.none(), AuditScope.wholeTrail(), page, size);
			long top = read.totalElements() - (long) page * size;
			assertThat(read.totalExact()).isTrue();
			assertThat(read.hasNext()).isTrue(); // at least the 45 above, and page 2 ends at 60
			assertThat(read.content()).extracting(AuditEntry::sequence)
				.containsExactlyElementsOf(LongStream.rangeClosed(top - size + 1, top).boxed()
					.sorted(Comparator.reverseOrder()).toList());
			assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE sequence_number <= ?")
				.param(read.totalElements()).query(Long.class).single()).isEqualTo(read.totalElements());
		}
	}

	/**
	 * A filter that matches more entries than are counted says how many it counted, and still pages on
	 * to its last entry.
	 */
	@Test
	void aFilterMatchingMoreThanAreCountedPagesOnToItsLastEntry() {
		String recordType = "Counted-" + UUID.randomUUID();
		int matching = AuditTrail.MOST_COUNTED + 60;
		long firstSequence = SyntheticAuditEntries.FIRST_SEQUENCE;
		transactions.executeWithoutResult(status -> {
			status.setRollbackOnly();
			SyntheticAuditEntries.insert(batches, recordType, matching, i -> clock.instant());
			var filter = new AuditFilter(recordType, null, null, null, null, null);

			AuditPage first = trail.entries(filter, AuditScope.wholeTrail(), 0, 50);
			assertThat(first.totalExact()).isFalse();
			assertThat(first.totalElements()).isEqualTo(AuditTrail.MOST_COUNTED);
			assertThat(first.hasNext()).isTrue();
			assertThat(first.content()).hasSize(50).first().extracting(AuditEntry::sequence)
				.isEqualTo(firstSequence + matching - 1);

			AuditPage last = trail.entries(filter, AuditScope.wholeTrail(), matching / 50, 50);
			assertThat(last.hasNext()).isFalse();
			assertThat(last.content()).hasSize(matching % 50).last().extracting(AuditEntry::sequence)
				.isEqualTo(firstSequence);
		});
	}

	/**
	 * A change can reach the chain after one that happened later (its transaction lasted longer): by
	 * sequence number the page lists the chain's order, within a period the changes' order.
	 */
	@Test
	void aPeriodsPageListsItsEntriesByWhenTheChangesHappened() {
		String recordType = "Period-" + UUID.randomUUID();
		Instant noon = LocalDate.now(clock).atTime(12, 0).atZone(VietnamTime.ZONE).toInstant();
		List<Instant> happened = List.of(noon.plusSeconds(2), noon, noon.plusSeconds(1));
		transactions.executeWithoutResult(status -> {
			status.setRollbackOnly();
			SyntheticAuditEntries.insert(batches, recordType, happened.size(), happened::get);
			LocalDate today = LocalDate.now(clock);

			assertThat(trail.entries(new AuditFilter(recordType, null, null, null, today, today),
					AuditScope.wholeTrail(), 0, 10).content())
				.extracting(AuditEntry::recordId).containsExactly("c-0", "c-2", "c-1");
			assertThat(trail.entries(new AuditFilter(recordType, null, null, null, null, null),
					AuditScope.wholeTrail(), 0, 10).content())
				.extracting(AuditEntry::recordId).containsExactly("c-2", "c-1", "c-0");
		});
	}

	@Test
	void sensitiveReadsAreRecordedAtOnceOnTheSameChain() {
		String recordId = UUID.randomUUID().toString();

		AuditEntry entry = trail.recordRead(new Actor("inspector"), "denunciation.identity.read", "Denunciation",
				recordId, "Read the denouncer's identity");

		assertThat(entriesOf("Denunciation", recordId)).containsExactly(entry);
		assertThat(entry.previousHash()).hasSize(64);
		assertThat(trail.verify().valid()).isTrue();
	}

	/**
	 * Officers type the filters in any case: an actor, a record type and a record id (a petition's code,
	 * an account's UUID) find the entries whatever the case typed.
	 */
	@Test
	void theFiltersFindTheEntriesWhateverTheCaseTyped() {
		String recordType = "CaseProbe" + UUID.randomUUID().toString().substring(0, 8);
		String code = "PA000042-" + recordType.substring(9).toUpperCase(Locale.ROOT);
		String accountId = UUID.randomUUID().toString();
		AuditEntry ofCode = trail.recordRead(new Actor("desk"), "probe.read", recordType, code, "Read a code");
		AuditEntry ofAccount = trail.recordRead(new Actor("desk"), "probe.read", recordType, accountId, "Read a UUID");

		assertThat(trail.entries(new AuditFilter(recordType.toLowerCase(Locale.ROOT), null, null, null, null, null),
				AuditScope.wholeTrail(), 0, 10)
			.content()).containsExactly(ofAccount, ofCode);
		assertThat(trail.entries(new AuditFilter(recordType.toUpperCase(Locale.ROOT), code.toLowerCase(Locale.ROOT),
				"Desk", null, null, null), AuditScope.wholeTrail(), 0, 10).content()).containsExactly(ofCode);
		assertThat(trail.entries(new AuditFilter(null, accountId.toUpperCase(Locale.ROOT), "DESK", null, null, null),
				AuditScope.wholeTrail(), 0, 10)
			.content()).containsExactly(ofAccount);
	}

	/**
	 * An action (what was done) narrows the trail to its entries whatever the case typed, together with
	 * the other filters, and is among the actions the trail offers.
	 */
	@Test
	void theActionFilterFindsItsEntriesWhateverTheCaseTyped() {
		String action = "probe.action-" + UUID.randomUUID().toString().substring(0, 8);
		String recordType = "ActionProbe";
		String recordId = UUID.randomUUID().toString();
		AuditEntry done = trail.recordRead(new Actor("desk"), action, recordType, recordId, "Did it");
		AuditEntry doneBySomeoneElse = trail.recordRead(new Actor("inspector"), action, recordType, recordId, "Did it");
		trail.recordRead(new Actor("desk"), "probe.other", recordType, recordId, "Did something else");

		assertThat(trail.entries(new AuditFilter(null, null, null, action.toUpperCase(Locale.ROOT), null, null),
				AuditScope.wholeTrail(), 0, 10)
			.content()).containsExactly(doneBySomeoneElse, done);
		assertThat(trail.entries(new AuditFilter(recordType, recordId, "DESK", " " + action + " ", null, null),
				AuditScope.wholeTrail(), 0, 10)
			.content()).containsExactly(done);
		assertThat(trail.actions()).contains(action, "probe.other").isSorted().doesNotHaveDuplicates();
	}

	/**
	 * The action filter compares lower-cased, so the trail keeps every action in lower case, whichever
	 * case a module wrote it in and whichever way it is recorded: with its change's transaction, outside
	 * any, or as a sensitive read. The chain still verifies, hashed over what is stored.
	 */
	@Test
	void anActionWrittenInUpperCaseIsKeptInLowerCase() {
		String action = "Probe.Written-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		UUID accountId = UUID.randomUUID();
		AccountChanged withItsTransaction = new AccountChanged(new Actor("admin"), clock.instant(), action, accountId,
				"Changed in a transaction");
		AccountChanged outsideAnyTransaction = new AccountChanged(new Actor("admin"), clock.instant(), action,
				accountId, "Changed outside a transaction");

		transactions.executeWithoutResult(status -> events.publishEvent(withItsTransaction));
		events.publishEvent(outsideAnyTransaction);
		AuditEntry read = trail.recordRead(new Actor("desk"), action, "Account", accountId.toString(), "Read it");

		String lowerCase = action.toLowerCase(Locale.ROOT);
		assertThat(read.action()).isEqualTo(lowerCase);
		assertThat(trail.entries(new AuditFilter(null, null, null, action, null, null),
				AuditScope.wholeTrail(), 0, 10).content())
			.hasSize(3).extracting(AuditEntry::action).containsOnly(lowerCase);
		assertThat(trail.actions()).contains(lowerCase).doesNotContain(action);
		assertThat(trail.verify().valid()).isTrue();
	}

	@Test
	void concurrentAppendsMakeOneUnbrokenChain() throws Exception {
		int threads = 4;
		int appendsEach = 15;
		String recordType = "ConcurrencyProbe-" + UUID.randomUUID();
		List<Callable<List<AuditEntry>>> appenders = new ArrayList<>();
		for (int thread = 0; thread < threads; thread++) {
			String recordId = "thread-" + thread;
			appenders.add(() -> Stream.iterate(0, i -> i + 1).limit(appendsEach)
				.map(i -> trail.recordRead(new Actor("probe"), "probe.read", recordType, recordId, "Append " + i))
				.toList());
		}
		List<AuditEntry> appended = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			for (Future<List<AuditEntry>> result : pool.invokeAll(appenders)) {
				appended.addAll(result.get());
			}
		}
		finally {
			pool.shutdown();
		}

		assertThat(appended).extracting(AuditEntry::sequence).doesNotHaveDuplicates().hasSize(threads * appendsEach);
		assertThat(appended).extracting(AuditEntry::previousHash).doesNotHaveDuplicates();
		assertThat(trail.entries(new AuditFilter(recordType, null, null, null, null, null),
				AuditScope.wholeTrail(), 0, 200).totalElements())
			.isEqualTo(threads * appendsEach);
		assertThat(trail.verify()).satisfies(result -> {
			assertThat(result.valid()).isTrue();
			assertThat(result.entriesChecked()).isGreaterThanOrEqualTo(threads * appendsEach);
		});
	}
}
