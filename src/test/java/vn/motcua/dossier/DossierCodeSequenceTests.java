package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.testing.DatabaseRaces;
import vn.motcua.testing.StatementLog;
import vn.motcua.testing.WebTest;

/** Dossier numbers from the database: unique and consecutive under concurrency, per agency and day. */
@WebTest
class DossierCodeSequenceTests {

	static final LocalDate DAY = LocalDate.of(2026, 11, 23);

	@Autowired
	DossierCodeSequence sequence;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate jdbcTemplate;

	@Test
	void twoHundredConcurrentRegistrationsGetTwoHundredNumbersWithoutAGap() throws Exception {
		String agency = uniqueAgencyCode();
		List<Callable<Integer>> registrations = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			registrations.add(() -> register(agency, DAY));
		}
		ExecutorService pool = Executors.newFixedThreadPool(16);
		List<Integer> numbers = new ArrayList<>();
		try {
			for (Future<Integer> number : pool.invokeAll(registrations)) {
				numbers.add(number.get());
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(numbers).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 200).boxed().toList());
	}

	@Test
	void aNumberIsCommittedWhenItIsHandedOutSoTheCounterIsFreeWhileTheDossierIsRegistered() {
		String agency = uniqueAgencyCode();
		assertThat(register(agency, DAY)).isEqualTo(1);
		assertThat(lastNumber(agency)).isEqualTo(1);
	}

	@Test
	void onPostgreSqlTheNumbersCommitDoesNotWaitForTheLogsFlushWhileHoldingTheCounter() {
		String agency = uniqueAgencyCode();
		List<String> statements = StatementLog.record(() -> sequence.next(agency, DAY)).stream()
			.map(StatementLog.Executed::sql).toList();
		assertThat(statements).last().isEqualTo("COMMIT");
		if (DatabaseRaces.onPostgreSql(jdbcTemplate)) {
			assertThat(statements).first().isEqualTo("SET LOCAL synchronous_commit = off");
		}
		else {
			assertThat(statements).noneMatch(sql -> sql.startsWith("SET"));
		}
	}

	@Test
	void aNumberIsNotTakenInsideARegistrationsTransaction() {
		// there it would hold the counter's lock until that transaction ends, and a second pooled connection
		String agency = uniqueAgencyCode();
		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> sequence.next(agency, DAY)))
			.isInstanceOf(IllegalTransactionStateException.class);
		assertThat(register(agency, DAY)).isEqualTo(1);
	}

	@Test
	void eachAgencyAndEachDayCountsFromOne() {
		String first = uniqueAgencyCode();
		String second = uniqueAgencyCode();
		register(first, DAY);
		assertThat(register(second, DAY)).isEqualTo(1);
		assertThat(register(first, DAY.plusDays(1))).isEqualTo(1);
		assertThat(register(first, DAY)).isEqualTo(2);
	}

	private int register(String agency, LocalDate day) {
		return sequence.next(agency, day).number();
	}

	private int lastNumber(String agency) {
		return jdbc.sql("SELECT last_number FROM dossier_code_counter WHERE agency_code = ?").param(agency)
			.query(Integer.class).single();
	}

	private static String uniqueAgencyCode() {
		return "T" + UUID.randomUUID().toString().substring(0, 8);
	}
}
