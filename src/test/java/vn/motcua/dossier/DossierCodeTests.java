package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import vn.motcua.catalog.Channel;

/** The dossier code format of legal-rules §3. */
@Tag("rule")
class DossierCodeTests {

	static final LocalDate DAY = LocalDate.of(2021, 11, 30);

	@Test
	void printsTheAgencyCodeTheDayAndAFourDigitNumber() {
		assertThat(new DossierCode("000.00.13.H30", DAY, 1)).hasToString("000.00.13.H30-211130-0001");
		assertThat(new DossierCode("000.00.13.H30", DAY, 42)).hasToString("000.00.13.H30-211130-0042");
		assertThat(new DossierCode("000.00.13.H30", DAY, 317)).hasToString("000.00.13.H30-211130-0317");
	}

	@Test
	void takesAFifthDigitPastNineThousandNineHundredNinetyNine() {
		assertThat(new DossierCode("000.00.13.H30", DAY, 9_999)).hasToString("000.00.13.H30-211130-9999");
		assertThat(new DossierCode("000.00.13.H30", DAY, 10_000)).hasToString("000.00.13.H30-211130-10000");
	}

	@Test
	void readsBackWhatItPrintsEvenWhenTheAgencyCodeHasHyphens() {
		DossierCode code = new DossierCode("H01.151-01", DAY, 10_042);
		assertThat(DossierCode.parse(code.toString())).isEqualTo(code);
		assertThat(DossierCode.parse(" 000.00.13.H30-211130-0001 ").number()).isEqualTo(1);
	}

	@Test
	void refusesWhatIsNotACode() {
		assertThatThrownBy(() -> DossierCode.parse("000.00.13.H30-211130-01")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> DossierCode.parse("000.00.13.H30-211331-0001")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> DossierCode.parse("-211130-0001")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new DossierCode("X", DAY, 0)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void everyStatusHasItsNationalCode() {
		assertThat(DossierStatus.values()).extracting(DossierStatus::nationalCode)
			.containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
		assertThat(Channel.COUNTER.nationalCode()).isEqualTo(1);
		assertThat(Channel.ONLINE.nationalCode()).isEqualTo(2);
		assertThat(Channel.POST.nationalCode()).isEqualTo(3);
	}
}
