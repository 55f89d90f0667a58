package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/** Dossier numbers from the database: unique and gap-free under concurrency, per agency and day. */
@SpringBootTest
class DossierCodeSequenceTests {

	static final LocalDate DAY = LocalDate.of(2026, 11, 23);

	@Autowired
	DossierCodeSequence sequence;

	@Autowired
	TransactionTemplate transactions;

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
	void aRegistrationThatRollsBackGivesItsNumberBack() {
		String agency = uniqueAgencyCode();
		assertThat(register(agency, DAY)).isEqualTo(1);
		transactions.executeWithoutResult(status -> {
			assertThat(sequence.next(agency, DAY).number()).isEqualTo(2);
			status.setRollbackOnly();
		});
		String code = transactions.execute(status -> sequence.next(agency, DAY).toString());
		assertThat(code).isEqualTo(agency + "-261123-0002");
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
		Integer number = transactions.execute(status -> sequence.next(agency, day).number());
		return number == null ? 0 : number;
	}

	private static String uniqueAgencyCode() {
		return "T" + UUID.randomUUID().toString().substring(0, 8);
	}
}
