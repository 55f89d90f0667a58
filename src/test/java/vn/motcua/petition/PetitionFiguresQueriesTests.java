package vn.motcua.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import vn.motcua.shared.Actor;
import vn.motcua.shared.VietnamTime;
import vn.motcua.testing.MutableClock;
import vn.motcua.testing.StatementLog;
import vn.motcua.testing.WebTest;

/**
 * The petition figures (the service index's criteria 5.2 and 5.3, the inspectors' breakdowns) read a
 * period's petitions in one query however many there are: loading the petitions themselves read each
 * one's history by a query of its own.
 */
@WebTest
@Import(MutableClock.Configuration.class)
class PetitionFiguresQueriesTests {

	static final String AGENCY = "000.00.31.H55";

	@Autowired
	PetitionManagement petitions;

	@Autowired
	Clock clock;

	@Test
	void theFiguresOfAPeriodAreOneQuery() {
		LocalDate today = LocalDate.ofInstant(clock.instant(), VietnamTime.ZONE);
		petitions.receive(PetitionFixtures.aFeedback(), Actor.ANONYMOUS);
		long before = petitions.figures(AGENCY, today, today).received();
		List<StatementLog.Executed> one = StatementLog.record(() -> petitions.figures(AGENCY, today, today));
		for (int i = 0; i < 4; i++) {
			petitions.receive(PetitionFixtures.aComplaint(), Actor.ANONYMOUS);
		}

		List<StatementLog.Executed> more = StatementLog.record(() -> assertThat(petitions.figures(AGENCY, today, today)
			.received()).isEqualTo(before + 4));

		assertThat(more).as("statements of the figures with 4 more petitions").hasSameSizeAs(one);
		assertThat(more).filteredOn(StatementLog.Executed::isQuery).singleElement()
			.satisfies(query -> assertThat(query.sql()).contains("FROM petition WHERE agency_code = ?"));
	}
}
