package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.calendar.Timeliness;
import vn.motcua.identity.Role;
import vn.motcua.testing.ServerPreparedStatements;
import vn.motcua.testing.ServerPreparedStatements.Prepared;
import vn.motcua.testing.StatementLog;
import vn.motcua.testing.TestLayers;
import vn.motcua.testing.WebTest;

/**
 * A dossier with every part (applicant, documents, history, steps, hand-overs, transfers, apology,
 * result) survives a round trip through the database; a save writes only what changed and refuses
 * to overwrite a change made since the dossier was read; a load after a committed save reads the
 * dossier row alone, and never rows that were rolled back or are older than the row.
 */
@WebTest
class DossierRepositoryTests {

	static final Instant LATER = DossierFixtures.SUBMITTED_AT.plusSeconds(3_600);

	@Autowired
	DossierRepository dossiers;

	@Autowired
	DossierManagement management;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	/**
	 * The same tables as another instance of the system sees them, one that has saved nothing itself,
	 * so that its loads query every child table: what the database holds, not what this one saved.
	 */
	DossierRepository elsewhere() {
		return new DossierRepository(jdbc, new SavedChildRows(100));
	}

	@Test
	void storesAndLoadsADossierWhole() {
		Dossier dossier = DossierFixtures.aSubmittedDossier();
		dossier.accept(DossierFixtures.SUBMITTED_AT, LocalDateTime.of(2026, 12, 7, 9, 0), "ND118-2025.1",
				DossierFixtures.DESK);
		dossiers.save(dossier);

		Dossier loaded = elsewhere().findByCode(dossier.code()).orElseThrow();
		assertThat(loaded).usingRecursiveComparison().ignoringFields("events").isEqualTo(dossier);
		assertThat(loaded.applicant().name()).isEqualTo("Nguyễn Văn An");
		assertThat(loaded.history()).extracting(StatusChange::status)
			.containsExactly(DossierStatus.SUBMITTED, DossierStatus.RECEIVED);
	}

	@Test
	void storesEveryPartOfADossierThatWentThroughProcessing() {
		Dossier dossier = planned();
		UUID specialist = UUID.randomUUID();
		dossier.forward(DossierFixtures.DESK, "đủ hồ sơ", specialist, false, LATER);
		dossier.handToAgency("000.00.99.H55", "Xin ý kiến", LATER, DossierFixtures.DESK);
		dossier.giveBack("Đồng ý", LATER.plusSeconds(60), DossierFixtures.DESK);
		dossier.apologize("Chờ ý kiến", LocalDateTime.of(2026, 12, 20, 9, 0), LATER, DossierFixtures.DESK);
		dossier.attachDraftResult(UUID.randomUUID().toString(), DossierFixtures.DESK, LATER);
		dossier.sign("b".repeat(64), DossierFixtures.DESK, LATER);
		dossier.refuseDuringProcessing("Không đủ điều kiện", LATER, DossierFixtures.DESK);
		dossier.returnResult("Trả tại quầy", false, LATER.plusSeconds(60), DossierFixtures.DESK);
		dossier.settle(Timeliness.LATE);
		dossiers.save(dossier);

		Dossier loaded = elsewhere().findById(dossier.id()).orElseThrow();
		assertThat(loaded).usingRecursiveComparison().ignoringFields("events").isEqualTo(dossier);
		assertThat(loaded.outcome()).hasNoNullFieldsOrPropertiesExcept("heldByAgency");
		assertThat(loaded.transfers()).singleElement().extracting(AgencyTransfer::opinion).isEqualTo("Đồng ý");
		assertThat(loaded.steps().get(1).holderAccountId()).isEqualTo(specialist);
		assertThat(loaded.status()).isEqualTo(DossierStatus.RETURNED);
		assertThat(loaded.version()).isZero();
	}

	/** Forwarding touches the two steps involved and adds a hand-over and a status change: nothing else is written. */
	@Test
	void aStepWritesOnlyTheRowsItChanged() {
		Dossier stored = planned();
		dossiers.save(stored);
		Dossier dossier = dossiers.findByCode(stored.code()).orElseThrow();
		dossier.forward(DossierFixtures.DESK, null, null, false, LATER);

		List<String> written = StatementLog.record(() -> dossiers.save(dossier)).stream()
			.map(executed -> executed.sql().toLowerCase(Locale.ROOT)).toList();

		assertThat(written).noneMatch(sql -> sql.startsWith("delete"));
		assertThat(written).noneMatch(sql -> sql.contains("dossier_document"));
		assertThat(written).filteredOn(sql -> sql.startsWith("insert"))
			.satisfiesExactlyInAnyOrder(sql -> assertThat(sql).startsWith("insert into dossier_status_change"),
					sql -> assertThat(sql).startsWith("insert into dossier_handover"));
		assertThat(written).filteredOn(sql -> sql.startsWith("update"))
			.satisfiesExactlyInAnyOrder(sql -> assertThat(sql).startsWith("update dossier set"),
					sql -> assertThat(sql).startsWith("update dossier_step set"));
		assertThat(elsewhere().findByCode(stored.code()).orElseThrow()).usingRecursiveComparison()
			.ignoringFields("events").isEqualTo(dossier);
		assertThat(dossier.version()).isEqualTo(1);
	}

	/** The officer's page, the action and the listeners after its commit load the dossier within seconds. */
	@Test
	void aLoadAfterACommittedSaveReadsTheDossierRowAlone() {
		Dossier dossier = planned();
		dossiers.save(dossier);
		Dossier loaded = forwardedAsLoadedBy(dossiers, dossier.code());
		new TransactionTemplate(transactionManager).executeWithoutResult(status -> dossiers.save(loaded));

		List<StatementLog.Executed> read = StatementLog.record(() -> dossiers.findByCode(dossier.code()));

		assertThat(read).hasSize(1);
		assertThat(dossiers.findByCode(dossier.code()).orElseThrow()).usingRecursiveComparison()
			.ignoringFields("events").isEqualTo(elsewhere().findByCode(dossier.code()).orElseThrow());
	}

	/**
	 * A save that rolls back leaves no rows behind: here another instance then commits the same version
	 * with other rows (it stops the dossier), and this one must read that instance's rows.
	 */
	@Test
	void theRowsOfARolledBackSaveAreNeverRead() {
		Dossier stored = planned();
		dossiers.save(stored);
		Dossier here = forwardedAsLoadedBy(dossiers, stored.code());
		new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
			dossiers.save(here);
			status.setRollbackOnly();
		});
		DossierRepository other = elsewhere();
		Dossier there = other.findByCode(stored.code()).orElseThrow();
		there.stop("Trùng hồ sơ", LATER, DossierFixtures.DESK);
		other.save(there);

		Dossier loaded = dossiers.findByCode(stored.code()).orElseThrow();

		assertThat(loaded.version()).isEqualTo(1);
		assertThat(loaded.history()).last().extracting(StatusChange::status).isEqualTo(DossierStatus.STOPPED);
		assertThat(loaded.handovers()).isEmpty();
		assertThat(loaded).usingRecursiveComparison().ignoringFields("events")
			.isEqualTo(elsewhere().findByCode(stored.code()).orElseThrow());
	}

	/** Rows held for an older version are not read with a newer row that another instance saved. */
	@Test
	void aVersionSavedElsewhereIsReadFromTheDatabase() {
		Dossier stored = planned();
		dossiers.save(stored);
		DossierRepository other = elsewhere();
		Dossier there = forwardedAsLoadedBy(other, stored.code());
		other.save(there);

		Dossier loaded = dossiers.findByCode(stored.code()).orElseThrow();

		assertThat(loaded.version()).isEqualTo(1);
		assertThat(loaded.handovers()).hasSize(1);
		assertThat(loaded).usingRecursiveComparison().ignoringFields("events").isEqualTo(there);
	}

	@Test
	void theEventsOfASavedChangeEndWithItsFactsAsStored() {
		Dossier dossier = planned();
		List<Object> recorded = dossier.events();
		assertThat(recorded).isNotEmpty();
		dossiers.save(dossier);

		List<Object> taken = dossier.takeEvents();

		assertThat(taken.subList(0, recorded.size())).containsExactlyElementsOf(recorded);
		assertThat(taken).hasSize(recorded.size() + 1).last().isEqualTo(
				new DossierSaved(DossierFacts.of(dossiers.findById(dossier.id()).orElseThrow())));
		assertThat(dossier.takeEvents()).as("taken once").isEmpty();

		Dossier loaded = dossiers.findById(dossier.id()).orElseThrow();
		loaded.forward(DossierFixtures.DESK, null, null, false, LATER);
		dossiers.save(loaded);
		loaded.takeEvents();
		dossiers.save(loaded);
		assertThat(loaded.takeEvents()).as("a save that recorded no change").isEmpty();
		loaded.attachDraftResult(UUID.randomUUID().toString(), DossierFixtures.DESK, LATER);
		dossiers.save(loaded);
		assertThat(loaded.takeEvents()).as("a draft result is recorded, for the audit trail")
			.hasExactlyElementsOfTypes(DossierResultRecorded.class, DossierSaved.class);
	}

	@Test
	void aChangeMadeSinceTheDossierWasReadIsNotOverwritten() {
		Dossier stored = planned();
		dossiers.save(stored);
		Dossier first = dossiers.findByCode(stored.code()).orElseThrow();
		Dossier second = dossiers.findByCode(stored.code()).orElseThrow();
		first.forward(DossierFixtures.DESK, null, null, false, LATER);
		dossiers.save(first);
		second.stop("Trùng hồ sơ", LATER, DossierFixtures.DESK);

		assertThatExceptionOfType(OptimisticLockingFailureException.class).isThrownBy(() -> dossiers.save(second));
		assertThat(dossiers.findByCode(stored.code()).orElseThrow().status()).isEqualTo(DossierStatus.IN_PROGRESS);
	}

	@Test
	void theStatusLookUpReadsTheDossierRowAlone() {
		Dossier dossier = planned();
		dossiers.save(dossier);

		List<StatementLog.Executed> read = StatementLog.record(() -> dossiers.findStatusByCode(dossier.code()));
		DossierStatusView status = dossiers.findStatusByCode(dossier.code()).orElseThrow();

		assertThat(read).hasSize(1);
		assertThat(status.status()).isEqualTo(DossierStatus.RECEIVED);
		assertThat(status.receivedAt()).isEqualTo(LocalDateTime.of(2026, 11, 23, 9, 0));
		assertThat(status.appointmentAt()).isEqualTo(LocalDateTime.of(2026, 12, 7, 9, 0));
		assertThat(dossiers.findStatusByCode("000.00.31.H55-261123-9999")).isEmpty();
	}

	/**
	 * The notices' listeners read whom to write to from the dossier's row alone: one query, where the
	 * whole dossier takes six.
	 */
	@Test
	void theContactOfADossierIsItsRowAlone() {
		Dossier dossier = planned();
		dossiers.save(dossier);

		List<StatementLog.Executed> read = StatementLog.record(() -> management.contact(dossier.id()));
		DossierContact contact = management.contact(dossier.id()).orElseThrow();

		assertThat(read).hasSize(1);
		assertThat(contact).isEqualTo(new DossierContact(dossier.code(), dossier.channel(), dossier.accountId(),
				"Nguyễn Văn An", dossier.applicant().phone(), dossier.applicant().email(), dossier.procedure().name(),
				LocalDateTime.of(2026, 12, 7, 9, 0)));
		assertThat(contact.accountId()).isNotNull();
		assertThat(contact.email()).isNotBlank();
		assertThat(management.contact(UUID.randomUUID())).isEmpty();
	}

	/**
	 * The read model's rebuild walks every dossier in batches: each batch's dossiers are whole, the same
	 * as loaded one by one, and a batch costs six queries however many dossiers it holds.
	 */
	@Test
	void batchesInIdOrderHoldEveryDossierWholeInSixQueries() {
		Dossier processed = planned();
		processed.forward(DossierFixtures.DESK, "đủ hồ sơ", UUID.randomUUID(), false, LATER);
		processed.handToAgency("000.00.99.H55", "Xin ý kiến", LATER, DossierFixtures.DESK);
		dossiers.save(processed);
		Dossier submitted = DossierFixtures.aSubmittedDossier();
		dossiers.save(submitted);
		Set<UUID> mine = new HashSet<>(List.of(processed.id(), submitted.id()));
		for (int more = 0; more < 8; more++) {
			mine.add(dossiers.save(DossierFixtures.aSubmittedDossier()).id());
		}
		// a few batches of at least seven, however many of the other tests' dossiers the database holds
		// (thousands on PostgreSQL, where every context shares one database)
		int batchSize = Math.max(7, jdbc.queryForObject("SELECT COUNT(*) FROM dossier", Integer.class) / 4);

		List<UUID> walked = new ArrayList<>();
		UUID last = null;
		int size;
		do {
			UUID after = last;
			List<Dossier> batch = dossiers.findAfter(after, batchSize);
			assertThat(StatementLog.record(() -> management.factsAfter(after, batchSize)).stream()
				.filter(StatementLog.Executed::isQuery))
				.as("queries for the facts of a batch of %d", batch.size()).hasSize(batch.isEmpty() ? 1 : 6);
			for (Dossier dossier : batch) {
				if (mine.contains(dossier.id())) {
					assertThat(dossier).usingRecursiveComparison().ignoringFields("events")
						.isEqualTo(dossiers.findById(dossier.id()).orElseThrow());
				}
				walked.add(dossier.id());
			}
			size = batch.size();
			last = batch.isEmpty() ? last : batch.get(size - 1).id();
		}
		while (size == batchSize);

		assertThat(walked).doesNotHaveDuplicates().containsAll(mine);
		assertThat(dossiers.findAfter(null, 1_000_000)).extracting(Dossier::id).containsExactlyElementsOf(walked);
	}

	/**
	 * A dossier's nullable columns fill up step by step; the statements that write them stay prepared
	 * on the server (one prepared statement serves every save) instead of being prepared and planned
	 * again whenever a column changes between null and a value. Run on one connection, in one
	 * transaction, once past the driver's threshold for preparing on the server (five uses).
	 */
	@Test
	@Tag(TestLayers.POSTGRESQL_ONLY)
	void theStatementsOfASaveStayPreparedWhateverIsNull() {
		new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
			for (int dossier = 0; dossier < 2; dossier++) {
				saveThroughTheResult(dossier);
			}
			Map<String, Prepared> before = preparedOnTheServer();
			for (int dossier = 2; dossier < 5; dossier++) {
				saveThroughTheResult(dossier);
			}
			Map<String, Prepared> after = preparedOnTheServer();
			status.setRollbackOnly();

			// each of the three dossiers: five updates of its row, three hand-overs
			assertThat(after.get("UPDATE dossier SET")).isEqualTo(before.get("UPDATE dossier SET").usedAgain(15));
			assertThat(after.get("INSERT INTO dossier_handover"))
				.isEqualTo(before.get("INSERT INTO dossier_handover").usedAgain(9));
		});
	}

	/**
	 * Saved after each step of its life: planned, forwarded (with a comment every other dossier), given
	 * a draft, signed, forwarded to the return, returned (no step held, a hand-over to no step), settled.
	 */
	private void saveThroughTheResult(int number) {
		Dossier dossier = planned();
		dossiers.save(dossier);
		dossier.forward(DossierFixtures.DESK, number % 2 == 0 ? null : "đủ hồ sơ", null, false, LATER);
		dossiers.save(dossier);
		dossier.attachDraftResult(UUID.randomUUID().toString(), DossierFixtures.DESK, LATER);
		dossiers.save(dossier);
		dossier.sign("b".repeat(64), DossierFixtures.DESK, LATER);
		dossiers.save(dossier);
		dossier.forward(DossierFixtures.DESK, number % 2 == 0 ? "đã ký" : null, null, false, LATER);
		dossiers.save(dossier);
		dossier.returnResult("Trả tại quầy", false, LATER.plusSeconds(60), DossierFixtures.DESK);
		dossier.settle(Timeliness.EARLY);
		dossiers.save(dossier);
	}

	private Map<String, Prepared> preparedOnTheServer() {
		return ServerPreparedStatements.byBeginning(jdbc, List.of("UPDATE dossier SET", "INSERT INTO dossier_handover"));
	}

	private static Dossier forwardedAsLoadedBy(DossierRepository repository, String code) {
		Dossier dossier = repository.findByCode(code).orElseThrow();
		dossier.forward(DossierFixtures.DESK, "đủ hồ sơ", null, false, LATER);
		return dossier;
	}

	/** Accepted and planned (desk, specialist, return), waiting at the desk's step. */
	private static Dossier planned() {
		Dossier dossier = DossierFixtures.aSubmittedDossier();
		dossier.accept(DossierFixtures.SUBMITTED_AT, LocalDateTime.of(2026, 12, 7, 9, 0), "ND118-2025.1",
				DossierFixtures.DESK);
		LocalDateTime due = LocalDateTime.of(2026, 12, 1, 17, 0);
		dossier.plan(List.of(step("Tiếp nhận", Role.RECEPTION_OFFICER, due), step("Thẩm định", Role.SPECIALIST, due),
				step("Trả kết quả", Role.RECEPTION_OFFICER, due)), DossierFixtures.SUBMITTED_AT);
		return dossier;
	}

	private static DossierStep step(String name, Role role, LocalDateTime due) {
		return new DossierStep(name, role, UUID.randomUUID(), new BigDecimal("0.50"), due, null, null, null);
	}
}
