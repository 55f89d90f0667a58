package vn.motcua.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Each agency's reception schedule (decision 0047): the one configured for it; the home agency's from
 * {@code motcua.petition.reception} unless configured by its code; none for another agency without one.
 */
class ReceptionSchedulesTests {

	static final PetitionRules.Reception HOME = new PetitionRules.Reception(1, DayOfWeek.MONDAY, DayOfWeek.MONDAY,
			LocalTime.of(7, 30), LocalTime.of(11, 30), "");
	static final PetitionRules.Reception CONSTRUCTION = new PetitionRules.Reception(2, DayOfWeek.TUESDAY,
			DayOfWeek.THURSDAY, LocalTime.of(13, 30), LocalTime.of(16, 30), "Số 3 Lê Lợi");

	final PetitionRules rules = new PetitionRules(new PetitionRules.Settings(List.of(), HOME,
			Map.of("000.00.21.H55", CONSTRUCTION)));

	@Test
	void anAgencyHasItsOwnScheduleTheHomeAgencyTheDefaultAndAnotherNone() {
		assertThat(rules.reception("000.00.21.H55", false)).contains(CONSTRUCTION);
		assertThat(rules.reception("000.00.31.H55", true)).contains(HOME);
		assertThat(rules.reception("000.00.41.H55", false)).isEmpty();
	}
}
